package dev.faultline.supervisor.pool;

import dev.faultline.supervisor.launch.ChildOutput;
import dev.faultline.worker.ipc.IpcMessage.Drain;
import dev.faultline.worker.ipc.IpcMessage.JobRequest;
import io.netty.channel.Channel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One worker JVM and everything the master knows about it. Owned by the pool's loop thread: no
 * locks, never touched from elsewhere. A worker fills a slot, waits as a spare, or retires. Its
 * state changes only through the intent methods below (as HikariCP's {@code PoolEntry}): other
 * classes read it, and say what happened.
 */
final class Worker {
  enum State {
    STARTING,
    READY,
    DRAINING,
    DEAD
  }

  enum Role {
    SLOT,
    SPARE,
    RETIRING
  }

  final Process process;
  final long pid;
  final long spawnedAtNanos;

  /** Wall-clock spawn time, a second early to allow for coarse file timestamps. */
  final Instant spawnedAt;

  private final Map<Long, PendingJob> inFlight = new LinkedHashMap<>();
  private final List<Fate> answeredAtDeadline = new ArrayList<>();

  /** What recycling knows of it: its request limit, its last memory check, why it is due. */
  final RecyclingMark recycling = new RecyclingMark();

  private ChildOutput output;
  private State state = State.STARTING;
  private Role role;

  /** The slot it fills or starts for; 0 for a spare. Read by its output pump for the log prefix. */
  private volatile int slotId;

  private Channel channel;
  private boolean everReady;
  private long busySinceNanos;
  private long lastHeartbeatNanos;
  private long served;
  private long replacesPid;
  private long replacesDeathNanos;
  private boolean reservedForSolo;

  /** Solo jobs among those in flight: while there is one, nothing joins it. */
  private int soloInFlight;

  private KillOrder kill;

  Worker(Process process, int slotId, Role role, long spawnedAtNanos, Instant spawnedAt) {
    this.process = process;
    this.pid = process.pid();
    this.slotId = slotId;
    this.role = role;
    this.spawnedAtNanos = spawnedAtNanos;
    this.spawnedAt = spawnedAt;
  }

  /** {@code worker 3 (pid 4711)}, {@code spare (pid 4712)} */
  String name() {
    return (slotId > 0 ? "worker " + slotId : "spare") + " (pid " + pid + ")";
  }

  /** Its output pump, started by the launcher once the worker can name itself. */
  void captureOutput(ChildOutput output) {
    this.output = output;
  }

  /** The last lines it printed, waiting up to {@code maxWaitMillis} for its output to end. */
  List<String> lastWords(long maxWaitMillis) {
    return output == null ? List.of() : output.lastLinesAfterEnd(maxWaitMillis);
  }

  /**
   * It said hello on {@code channel}: it may be sent jobs, up to {@code requestLimit} (0 = any).
   */
  void markReady(Channel channel, long nowNanos, long requestLimit) {
    this.channel = channel;
    this.state = State.READY;
    this.everReady = true;
    this.lastHeartbeatNanos = nowNanos;
    recycling.limitRequestsTo(requestLimit);
  }

  /**
   * A heartbeat that arrived at {@code receivedAtNanos} (they may be read out of order); returns
   * the silence it ended, in ms (0 for one read out of order). A worker that has not been marked
   * ready (its hello refused, as for a worker condemned while it booted, or not handled yet) has no
   * heartbeat to measure from, so its heartbeats end no silence: measured from 0 they would report
   * the machine's uptime (a soak in CI did: 10,470,356 ms).
   */
  long heartbeat(long receivedAtNanos) {
    if (!everReady) {
      return 0;
    }
    long gap = Math.max(0, receivedAtNanos - lastHeartbeatNanos) / 1_000_000;
    lastHeartbeatNanos = Math.max(lastHeartbeatNanos, receivedAtNanos);
    return gap;
  }

  void disconnected() {
    channel = null;
  }

  /** Its connection is open: answers it sent may still be on their way. */
  boolean isConnected() {
    return channel != null;
  }

  void died() {
    state = State.DEAD;
  }

  /** Asks it to exit: closing its socket does; one still booting has none, so it gets SIGTERM. */
  void askToExit() {
    if (channel != null) {
      channel.close();
    } else {
      process.destroy();
    }
  }

  /** It serves {@code slotId} now, or will once it says hello. */
  void fillSlot(int slotId) {
    this.role = Role.SLOT;
    this.slotId = slotId;
  }

  /** It was starting for a slot that someone else took: it waits as a spare instead. */
  void becomeSpare() {
    role = Role.SPARE;
    slotId = 0;
    replacesPid = 0;
    replacesDeathNanos = 0;
  }

  /** Takes no new request, finishes what it has, then exits by itself. */
  void retire() {
    role = Role.RETIRING;
    state = State.DRAINING;
    if (channel != null) {
      channel.writeAndFlush(new Drain());
    }
  }

  /** It replaces {@code pid}, whose death was noticed at {@code deathNanos} (0: not a death). */
  void replaces(long pid, long deathNanos) {
    this.replacesPid = pid;
    this.replacesDeathNanos = deathNanos;
  }

  /** It took the place {@code starting} was starting for: it also replaces whom that one did. */
  void inheritsReplacementOf(Worker starting) {
    if (replacesPid == 0) {
      replaces(starting.replacesPid, starting.replacesDeathNanos);
    }
  }

  void send(PendingJob p, long nowNanos) {
    reservedForSolo = false;
    if (inFlight.isEmpty()) {
      busySinceNanos = nowNanos;
    }
    inFlight.put(p.job.id(), p);
    soloInFlight += p.solo ? 1 : 0;
    p.dispatchedAtNanos = nowNanos;
    // no promise per job: nobody waits on it, and a failed write reaches exceptionCaught, which
    // closes the connection (the worker's death is then handled as any other)
    channel.writeAndFlush(
        new JobRequest(p.job.id(), p.job.input(), p.job.cost(), p.job.fault()),
        channel.voidPromise());
  }

  /** Its answer to {@code jobId} arrived: the job, or null if it was settled already. */
  PendingJob answered(long jobId) {
    PendingJob p = inFlight.remove(jobId);
    if (p != null) {
      served++;
      soloInFlight -= p.solo ? 1 : 0;
    }
    return p;
  }

  /** The worker handed {@code jobId} back unstarted: no longer in flight here, and not served. */
  PendingJob handedBack(long jobId) {
    PendingJob p = inFlight.remove(jobId);
    if (p != null) {
      soloInFlight -= p.solo ? 1 : 0;
    }
    return p;
  }

  /** {@code p} ran past the deadline and was answered 504: the crash report will name it. */
  void answeredPastDeadline(PendingJob p) {
    if (inFlight.remove(p.job.id()) != null) {
      soloInFlight -= p.solo ? 1 : 0;
    }
    answeredAtDeadline.add(new Fate(p.job.id(), p.job.origin(), Fate.Kind.DEADLINE, 504));
  }

  /** Takes the jobs in flight that {@code which} selects out of its table and returns them. */
  List<PendingJob> takeInFlightIf(java.util.function.Predicate<PendingJob> which) {
    List<PendingJob> taken = inFlight.values().stream().filter(which).toList();
    taken.forEach(p -> inFlight.remove(p.job.id()));
    soloInFlight -= (int) taken.stream().filter(p -> p.solo).count();
    return taken;
  }

  /** A job settled before the worker died (retried at a stall); its crash report lists it. */
  void settledEarly(Fate fate) {
    answeredAtDeadline.add(fate);
  }

  /** Empties its table of jobs in flight and returns them, for settling. */
  List<PendingJob> takeInFlight() {
    List<PendingJob> all = new ArrayList<>(inFlight.values());
    inFlight.clear();
    soloInFlight = 0;
    return all;
  }

  /** Keeps it free of new jobs until it is empty, for a solo job. */
  void reserveForSolo() {
    reservedForSolo = true;
  }

  /** Records the master's order to kill it; false if it is already being killed or dead. */
  boolean condemn(KillOrder order) {
    if (kill != null || state == State.DEAD) {
      return false;
    }
    kill = order;
    return true;
  }

  void sigkillSent() {
    kill = kill.withSigkillSent();
  }

  State state() {
    return state;
  }

  Role role() {
    return role;
  }

  int slotId() {
    return slotId;
  }

  /** Its connection to the master; null before hello and after a disconnect. */
  Channel channel() {
    return channel;
  }

  KillOrder kill() {
    return kill;
  }

  long served() {
    return served;
  }

  long replacesPid() {
    return replacesPid;
  }

  long replacesDeathNanos() {
    return replacesDeathNanos;
  }

  long lastHeartbeatNanos() {
    return lastHeartbeatNanos;
  }

  boolean reservedForSolo() {
    return reservedForSolo;
  }

  Collection<PendingJob> inFlight() {
    return Collections.unmodifiableCollection(inFlight.values());
  }

  List<Fate> answeredAtDeadline() {
    return List.copyOf(answeredAtDeadline);
  }

  /** Ready, in a slot, connected, not being killed or retired: may be sent jobs. */
  boolean isServing() {
    return state == State.READY && role == Role.SLOT && channel != null && kill == null;
  }

  /** Serving, with room in its pipeline, and neither running a solo job nor reserved for one. */
  boolean canTake(int window) {
    return isServing() && !reservedForSolo && inFlight.size() < window && soloInFlight == 0;
  }

  /** Jobs in flight on it, for least-loaded dispatch (without a view object per call). */
  int load() {
    return inFlight.size();
  }

  /**
   * When the oldest job in flight on it was sent (jobs are kept in sending order); call only with
   * jobs in flight.
   */
  long oldestJobSentNanos() {
    return inFlight.values().iterator().next().dispatchedAtNanos;
  }

  /** How long the worker has had jobs in flight without a break; 0 when it has none. */
  long busyMillis(long nowNanos) {
    return inFlight.isEmpty() ? 0 : (nowNanos - busySinceNanos) / 1_000_000;
  }

  long uptimeMillis(long nowNanos) {
    return (nowNanos - spawnedAtNanos) / 1_000_000;
  }

  boolean wasReady() {
    return everReady;
  }
}
