package dev.faultline.cluster;

import dev.faultline.supervisor.backend.BoardState;
import dev.faultline.supervisor.backend.UnitStatus;
import dev.faultline.supervisor.metrics.ProcMemory;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One node as the front sees it: one member of the cluster, from its start (or its hello, for a
 * node that joined from elsewhere) until it is lost. Its in-flight table is the front's own, so a
 * lost node's jobs are known and handed over at once. State changes only through its intent
 * methods; owned by the backend's event loop.
 */
final class Node {
  enum State {
    /** Started, not yet said hello: nothing is routed to it. */
    STARTING,
    /** Said hello: jobs are routed to it. */
    REACHABLE,
    /**
     * Answered none of the front's pings for a while ({@link FailureDetector}): nothing is routed
     * to it, but it is still a member; it is reachable again once it answers.
     */
    UNREACHABLE,
    /** Its JVM exited (seen by the front, its parent); Hazelcast has not removed it yet. */
    LOST,
    /** Hazelcast removed the member. */
    REMOVED;

    String label() {
      return name().toLowerCase();
    }
  }

  final int slot;
  final long startedNanos;
  private final Map<Long, PendingJob> inFlight = new LinkedHashMap<>();
  private State state = State.STARTING;
  private long pid;
  private String nodeId;
  private String address;
  private long readyNanos;
  private long lostNanos;
  private long served;
  private PendingJob solo;
  private boolean soloSent;

  Node(int slot, long pid, long startedNanos) {
    this.slot = slot;
    this.pid = pid;
    this.startedNanos = startedNanos;
  }

  void saidHello(long helloPid, String id, String eventBusAddress, long now) {
    pid = helloPid;
    nodeId = id;
    address = eventBusAddress;
    readyNanos = now;
    state = State.REACHABLE;
  }

  void sent(PendingJob p) {
    inFlight.put(p.job.id(), p);
  }

  /**
   * Keeps this node for a suspect of an earlier death: nothing else is routed to it ({@link
   * NodeTable#leastLoaded}), and the suspect runs here alone once the jobs in flight are done, as
   * process mode sends a retried suspect to a worker alone. So a request that kills nodes kills the
   * next one alone, and is named the culprit instead of taking bystanders with it.
   */
  void reserve(PendingJob suspect) {
    solo = suspect;
    soloSent = false;
  }

  boolean reserved() {
    return solo != null;
  }

  /** The suspect kept for this node, once nothing else is in flight here; null before or after. */
  PendingJob soloReady() {
    if (solo == null || soloSent || !inFlight.isEmpty() || state != State.REACHABLE) {
      return null;
    }
    soloSent = true;
    return solo;
  }

  /** The job's answer came: true if it was still this node's (not handed over already). */
  boolean answered(PendingJob p, boolean served) {
    if (p == solo) {
      solo = null;
    }
    boolean mine = inFlight.remove(p.job.id(), p);
    if (mine && served) {
      this.served++;
    }
    return mine;
  }

  /**
   * Lost (exit seen, or removed): stops routing and hands over the jobs in flight, oldest first.
   */
  List<PendingJob> lose(State how, long now) {
    if (state == State.REMOVED || state == how) {
      return List.of();
    }
    if (lostNanos == 0) {
      lostNanos = now;
    }
    state = how;
    return handOver();
  }

  /** Silent to the front's pings: stops routing and hands over the jobs in flight, oldest first. */
  List<PendingJob> unreachable() {
    if (state != State.REACHABLE) {
      return List.of();
    }
    state = State.UNREACHABLE;
    return handOver();
  }

  /** Answered a ping again after it was unreachable: routed to again. */
  boolean reachableAgain() {
    if (state != State.UNREACHABLE) {
      return false;
    }
    state = State.REACHABLE;
    return true;
  }

  private List<PendingJob> handOver() {
    List<PendingJob> handed = new ArrayList<>(inFlight.values());
    if (solo != null && !soloSent) {
      handed.add(solo); // kept for this node, not sent yet: not a suspect of this loss
    }
    solo = null;
    inFlight.clear();
    return handed;
  }

  boolean reachable() {
    return state == State.REACHABLE;
  }

  boolean lost() {
    return state == State.LOST || state == State.REMOVED;
  }

  boolean everReady() {
    return readyNanos != 0;
  }

  State state() {
    return state;
  }

  int inFlight() {
    return inFlight.size();
  }

  long served() {
    return served;
  }

  long pid() {
    return pid;
  }

  String nodeId() {
    return nodeId;
  }

  String address() {
    return address;
  }

  long lostNanos() {
    return lostNanos;
  }

  /** From start (or hello) to now, or to its loss. */
  long uptimeMs(long now) {
    long from = readyNanos != 0 ? readyNanos : startedNanos;
    return ((lostNanos != 0 ? lostNanos : now) - from) / 1_000_000;
  }

  String name() {
    return "node " + slot;
  }

  JsonObject toJson(long now) {
    return new JsonObject()
        .put("slot", slot)
        .put("pid", pid)
        .put("nodeId", nodeId)
        .put("address", address)
        .put("state", state.label())
        .put("reachable", reachable())
        .put("inFlight", inFlight.size())
        .put("served", served)
        .put("uptimeMs", uptimeMs(now));
  }

  UnitStatus status(ProcMemory memory, int restarts, UnitStatus.LastDeath lastDeath) {
    BoardState board =
        switch (state) {
          case STARTING -> BoardState.STARTING;
          case REACHABLE -> inFlight.isEmpty() ? BoardState.IDLE : BoardState.BUSY;
          case UNREACHABLE, LOST, REMOVED -> BoardState.DEAD;
        };
    return new UnitStatus("node-" + slot, pid, board, served, null, memory, restarts, lastDeath);
  }
}
