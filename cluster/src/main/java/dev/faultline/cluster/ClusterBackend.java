package dev.faultline.cluster;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import dev.faultline.config.ClusterSettings;
import dev.faultline.config.Mode;
import dev.faultline.config.ServerSettings;
import dev.faultline.config.Supervision;
import dev.faultline.supervisor.backend.Backend;
import dev.faultline.supervisor.backend.BackendFailure;
import dev.faultline.supervisor.backend.Job;
import dev.faultline.supervisor.backend.JobResult;
import dev.faultline.supervisor.backend.NodeFault;
import dev.faultline.supervisor.death.DeathCause;
import dev.faultline.supervisor.death.DeathClassifier;
import dev.faultline.supervisor.metrics.ServerMetrics;
import io.vertx.core.Context;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Cluster mode's backend: this JVM (the front) founds a Vert.x cluster on Hazelcast, starts N local
 * node JVMs that join it, and sends each job to one chosen node's own address, never by the event
 * bus's round-robin. It keeps its own in-flight table per node, so when a node is lost (its JVM's
 * exit, seen at once by its parent, or Hazelcast removing the member) its jobs are retried or
 * failed at once instead of waiting out the send timeout ({@link Failover}). A lost local node is
 * replaced under process mode's restart policy ({@link NodeSupervisor}). Every piece of state
 * belongs to the cluster Vert.x's one event loop; other threads only post to it.
 */
public final class ClusterBackend implements Backend {
  /** How long stopping nodes may take before they are killed (a node leaves within 2 s). */
  static final long NODE_STOP_MS = 2_500;

  /** How long the front's member may take to leave before it is terminated. */
  static final long LEAVE_MS = 2_000;

  private final ServerSettings settings;
  private final ClusterSettings cluster;
  private final String clusterName = "faultline-" + UUID.randomUUID().toString().substring(0, 8);
  private final NodeTable table;
  private final NodeLog log;
  private final NodeSupervisor supervisor;
  private final FailureDetector detector = new FailureDetector();
  private final CompletableFuture<Void> started = new CompletableFuture<>();
  private final Set<Process> processes = ConcurrentHashMap.newKeySet();
  private volatile int reachable;
  private volatile boolean stopping;
  private ClusterMember member;
  private Context loop;
  private JobRouter router;
  private NetNamespaces netns;
  private NodeFaults faults;

  public ClusterBackend(
      ServerSettings settings,
      ClusterSettings cluster,
      Supervision supervision,
      ServerMetrics metrics) {
    this.settings = settings;
    this.cluster = cluster;
    this.table = new NodeTable(settings.units());
    this.log = new NodeLog(settings.runDir());
    this.supervisor =
        new NodeSupervisor(supervision, metrics, log, new DeathClassifier(settings.runDir()));
    metrics.watchUnits(settings.units(), () -> reachable, () -> 0);
  }

  @Override
  public Mode mode() {
    return Mode.CLUSTER;
  }

  @Override
  public CompletableFuture<Void> start() {
    if (cluster.netns()) {
      try {
        netns = NetNamespaces.create(settings.units(), log::info);
      } catch (java.io.IOException e) {
        return CompletableFuture.failedFuture(e);
      }
    }
    ClusterMember.join(
            clusterName, netns == null ? settings.host() : netns.frontAddress(), List.of())
        .onSuccess(
            m -> {
              member = m;
              loop = m.vertx().getOrCreateContext();
              router = new JobRouter(table, m.vertx().eventBus(), cluster.nodeTimeoutMs());
              faults = new NodeFaults(m.vertx(), table, netns, log);
              loop.runOnContext(v -> begin());
            })
        .onFailure(started::completeExceptionally);
    return started;
  }

  private void begin() {
    member.vertx().eventBus().<JsonObject>consumer(NodeProtocol.HELLO, this::hello);
    member.manager().getHazelcastInstance().getCluster().addMembershipListener(new Removals());
    NodePings pings = new NodePings(member.vertx().eventBus(), detector, this::verdict);
    member
        .vertx()
        .setPeriodic(
            FailureDetector.INTERVAL_MS,
            t -> {
              if (stopping) {
                member.vertx().cancelTimer(t); // no ping to a node that is leaving
              } else {
                pings.tick();
              }
            });
    log.info(
        "cluster "
            + clusterName
            + " founded by this front at "
            + member.hazelcastAddress()
            + "; starting "
            + settings.units()
            + " nodes");
    table.slots().forEach(this::launch);
  }

  private void launch(NodeTable.Slot slot) {
    if (stopping) {
      return;
    }
    NodeSpec spec =
        new NodeSpec(
            slot.number,
            clusterName,
            netns == null ? settings.host() : netns.nodeAddress(slot.number),
            List.of(member.hazelcastAddress()),
            cluster.threadsPerNode());
    NodeLauncher.Launched l =
        new NodeLauncher(settings.unitHeapMb(), settings.runDir(), log::info)
            .launch(spec, cmd -> netns == null ? cmd : netns.inside(slot.number, cmd));
    processes.add(l.process());
    Node node = new Node(slot.number, l.process().pid(), System.nanoTime());
    slot.node = node;
    l.process()
        .onExit()
        .thenAccept(
            p -> {
              processes.remove(p);
              DeathCause cause = supervisor.classify(p, l.output());
              loop.runOnContext(v -> exited(slot, node, cause));
            });
  }

  private void hello(Message<JsonObject> m) {
    JsonObject b = m.body();
    int slotNumber = b.getInteger("slot");
    NodeTable.Slot slot = slotNumber == 0 ? table.newRemoteSlot() : table.slot(slotNumber);
    if (slot == null
        || (slot.local && (slot.node == null || slot.node.pid() != b.getLong("pid")))) {
      m.fail(409, "no node of this front has slot " + slotNumber + " and pid " + b.getLong("pid"));
      return;
    }
    if (!slot.local) {
      slot.node = new Node(slot.number, b.getLong("pid"), System.nanoTime());
    }
    Node node = slot.node;
    node.saidHello(
        b.getLong("pid"), b.getString("nodeId"), b.getString("address"), System.nanoTime());
    slot.history.booted();
    table.known(node);
    detector.watch(node, System.nanoTime());
    reachable = table.reachable();
    m.reply(new JsonObject().put("slot", slot.number));
    if (table.allLocalReachable()) {
      started.complete(null);
    }
  }

  @Override
  public CompletableFuture<JobResult> submit(Job job) {
    CompletableFuture<JobResult> answer = new CompletableFuture<>();
    if (stopping) {
      return CompletableFuture.failedFuture(BackendFailure.shuttingDown());
    }
    PendingJob p = new PendingJob(job, answer, System.nanoTime());
    loop.runOnContext(v -> router.send(p));
    return answer;
  }

  /** A local node's JVM exited: the surest and fastest sign (its parent sees it in ~10 ms). */
  private void exited(NodeTable.Slot slot, Node node, DeathCause cause) {
    if (stopping) {
      return;
    }
    detector.forget(node);
    List<PendingJob> jobs = node.lose(Node.State.LOST, System.nanoTime());
    boolean implicates = cause.kind().implicatesRequests();
    List<Fate> fates = Failover.decide(jobs, implicates, cluster.threadsPerNode());
    reachable = table.reachable();
    router.apply(fates, node, cause.describe());
    supervisor.lost(slot, node, cause, fates, !jobs.isEmpty(), this::launchLater);
  }

  /** Hazelcast removed a member: for a node whose exit was seen, only the time it took. */
  private void removed(String memberId) {
    Node node = table.byMember(memberId);
    if (node == null || stopping) {
      return;
    }
    table.forget(node);
    long now = System.nanoTime();
    long silentMs = detector.silentMs(node, now);
    detector.forget(node);
    if (node.state() == Node.State.LOST) {
      log.removed(node, (now - node.lostNanos()) / 1_000_000);
      return;
    }
    List<Fate> fates =
        Failover.decide(node.lose(Node.State.REMOVED, now), false, cluster.threadsPerNode());
    reachable = table.reachable();
    LossSeen seen = LossSeen.removed(silentMs);
    router.apply(fates, node, seen.description());
    NodeTable.Slot slot = table.slot(node.slot);
    if (slot.local) {
      // alive but out of the cluster (paused, partitioned): end it, so its exit restarts the slot
      log.warn(
          node.name() + " (pid " + node.pid() + ") " + seen.description() + "; ending its JVM");
      processes.stream().filter(p -> p.pid() == node.pid()).forEach(Process::destroyForcibly);
    } else {
      supervisor.remoteRemoved(slot, node, fates, silentMs);
    }
  }

  /** The front's own detector: a node fell silent (its jobs go elsewhere) or answers again. */
  private void verdict(FailureDetector.Verdict v) {
    Node node = v.node();
    if (stopping) {
      return;
    }
    if (v.reachable()) {
      if (node.reachableAgain()) {
        reachable = table.reachable();
        log.reachableAgain(node, v.silentMs());
      }
      return;
    }
    List<Fate> fates = Failover.decide(node.unreachable(), false, cluster.threadsPerNode());
    reachable = table.reachable();
    LossSeen seen = LossSeen.unreachable(v.silentMs());
    router.apply(fates, node, seen.description());
    supervisor.unreachable(table.slot(node.slot), node, fates, v.silentMs());
  }

  private void launchLater(NodeTable.Slot slot, long delayMillis, Runnable first) {
    member
        .vertx()
        .setTimer(
            Math.max(1, delayMillis),
            t -> {
              first.run();
              launch(slot);
            });
  }

  @Override
  public CompletableFuture<JsonObject> status() {
    CompletableFuture<ClusterStatus> out = new CompletableFuture<>();
    if (loop == null) {
      return CompletableFuture.completedFuture(new JsonObject().put("mode", "cluster"));
    }
    loop.runOnContext(v -> out.complete(ClusterStatus.snapshot(table, clusterName, member)));
    return out.thenApplyAsync(ClusterStatus::withMemory);
  }

  @Override
  public CompletableFuture<JsonObject> nodeFault(NodeFault fault) {
    if (loop == null || stopping) {
      return CompletableFuture.failedFuture(BackendFailure.shuttingDown());
    }
    CompletableFuture<JsonObject> done = new CompletableFuture<>();
    loop.runOnContext(
        v -> faults.apply(fault).onSuccess(done::complete).onFailure(done::completeExceptionally));
    return done;
  }

  /**
   * Ends every node and leaves the cluster, each within a bound, even during a partition: links up
   * first (so the nodes' ends are seen), nodes TERM then KILL after {@link #NODE_STOP_MS}, the
   * member closed or else terminated after {@link #LEAVE_MS}, then the namespaces deleted.
   */
  @Override
  public void close() {
    stopping = true;
    if (netns != null) {
      netns.healAll();
    }
    stopNodes();
    leave();
    if (netns != null) {
      netns.close();
    }
  }

  private void stopNodes() {
    processes.forEach(Process::destroy);
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(NODE_STOP_MS);
    for (Process p : processes) {
      try {
        long left = Math.max(0, deadline - System.nanoTime());
        if (!p.waitFor(left, TimeUnit.NANOSECONDS)) {
          p.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        p.destroyForcibly();
      }
    }
  }

  private void leave() {
    if (member == null) {
      return;
    }
    try {
      member
          .vertx()
          .close()
          .toCompletionStage()
          .toCompletableFuture()
          .get(LEAVE_MS, TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      log.warn(
          "the cluster member did not close within " + LEAVE_MS + " ms (" + e + "); terminated");
      member.manager().getHazelcastInstance().getLifecycleService().terminate();
    }
  }

  /** Hazelcast's membership events, posted to the loop. */
  private final class Removals implements MembershipListener {
    @Override
    public void memberAdded(MembershipEvent e) {}

    @Override
    public void memberRemoved(MembershipEvent e) {
      String id = e.getMember().getAttribute(ClusterMember.NODE_ID_ATTRIBUTE);
      loop.runOnContext(v -> removed(id));
    }
  }
}
