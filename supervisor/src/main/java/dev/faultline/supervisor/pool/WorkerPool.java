package dev.faultline.supervisor.pool;

import dev.faultline.supervisor.backend.BackendFailure;
import dev.faultline.supervisor.backend.JobResult;
import dev.faultline.supervisor.death.DeathCause;
import dev.faultline.supervisor.death.DeathClassifier;
import dev.faultline.supervisor.pool.PoolEvent.Answered;
import dev.faultline.supervisor.pool.PoolEvent.Connected;
import dev.faultline.supervisor.pool.PoolEvent.Disconnected;
import dev.faultline.supervisor.pool.PoolEvent.Exited;
import dev.faultline.supervisor.pool.PoolEvent.RespawnDue;
import dev.faultline.supervisor.pool.PoolEvent.StatusWanted;
import dev.faultline.supervisor.pool.PoolEvent.StopWanted;
import dev.faultline.supervisor.pool.PoolEvent.Submitted;
import dev.faultline.supervisor.pool.WorkerSlot.State;
import dev.faultline.worker.ipc.IpcMessage.JobDone;
import dev.faultline.worker.ipc.IpcMessage.JobFailed;
import dev.faultline.worker.ipc.IpcMessage.JobRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process-mode supervisor: one loop thread owns the worker table and decides everything.
 * Other threads only {@link #post} events. The loop reads top to bottom: take an event, handle
 * it, hand waiting jobs to free workers.
 */
final class WorkerPool {
  private static final Logger LOG = LoggerFactory.getLogger("pool");

  /** A worker whose socket closed is normally exiting; this long it may take before it is killed. */
  private static final long DISCONNECT_GRACE_MS = 2_000;
  /** How long a death's classification may wait for the dead worker's last output lines. */
  private static final long LAST_WORDS_WAIT_MS = 200;

  private final PoolSettings settings;
  private final WorkerLauncher launcher;
  private final DeathClassifier classifier;
  private final BlockingQueue<PoolEvent> events = new LinkedBlockingQueue<>();
  private final Map<Integer, WorkerSlot> slots = new TreeMap<>();
  private final Map<Integer, Integer> bootFailures = new TreeMap<>();
  private final Deque<PendingJob> waiting = new ArrayDeque<>();
  private final CompletableFuture<Void> allReady = new CompletableFuture<>();
  private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "pool-timers");
    t.setDaemon(true);
    return t;
  });
  private boolean running = true;
  private int workerRestarts;

  WorkerPool(PoolSettings settings, WorkerLauncher launcher, DeathClassifier classifier) {
    this.settings = settings;
    this.launcher = launcher;
    this.classifier = classifier;
  }

  void post(PoolEvent event) {
    events.add(event);
  }

  CompletableFuture<Void> allReady() {
    return allReady;
  }

  /** The loop. Runs on the pool's own thread until a {@link StopWanted} event. */
  void run() {
    for (int id = 1; id <= settings.workers(); id++) {
      slots.put(id, new WorkerSlot(id));
      spawn(slots.get(id));
    }
    while (running) {
      handle(takeEvent());
      dispatchWaiting();
    }
  }

  private void handle(PoolEvent event) {
    if (event instanceof Submitted e) {
      waiting.addLast(new PendingJob(e.job(), e.reply()));
    } else if (event instanceof Answered e) {
      onAnswer(e);
    } else if (event instanceof Connected e) {
      onConnected(e);
    } else if (event instanceof Exited e) {
      onExit(e);
    } else if (event instanceof Disconnected e) {
      onDisconnected(e);
    } else if (event instanceof RespawnDue e) {
      spawn(slots.get(e.workerId()));
    } else if (event instanceof StatusWanted e) {
      e.reply().complete(status());
    } else if (event instanceof StopWanted e) {
      stop(e.done());
    }
  }

  private void spawn(WorkerSlot slot) {
    slot.previousPid = slot.pid;
    launcher.launch(slot);
    slot.state = State.STARTING;
    slot.spawnedAtNanos = System.nanoTime();
    slot.spawnedAt = Instant.now().minusSeconds(1);
    slot.served = 0;
    long pid = slot.pid;
    slot.process.onExit().thenAccept(p -> post(new Exited(slot.id, pid, p.exitValue())));
  }

  private void onConnected(Connected e) {
    WorkerSlot slot = slots.get(e.workerId());
    if (slot == null || slot.pid != e.pid() || slot.state != State.STARTING) {
      e.channel().close(); // a stale worker from an earlier generation
      return;
    }
    slot.channel = e.channel();
    slot.state = State.READY;
    slot.readyAtNanos = System.nanoTime();
    bootFailures.remove(slot.id);
    long ms = (slot.readyAtNanos - slot.spawnedAtNanos) / 1_000_000;
    LOG.info("{} ready in {} ms{}", slot.name(), ms,
        slot.previousPid > 0 ? " (replaces pid " + slot.previousPid + ", restart #" + slot.restarts + ")" : "");
    if (slots.values().stream().allMatch(s -> s.state == State.READY)) {
      allReady.complete(null);
    }
  }

  private void onAnswer(Answered e) {
    WorkerSlot slot = slots.get(e.workerId());
    long jobId = e.answer() instanceof JobDone d ? d.jobId() : ((JobFailed) e.answer()).jobId();
    PendingJob job = slot == null ? null : slot.inFlight.remove(jobId);
    if (job == null) {
      return; // answered after its worker was declared dead: the request already has its 502
    }
    slot.served++;
    if (e.answer() instanceof JobDone d) {
      job.reply().complete(new JobResult(d.digest(), "worker-" + slot.id, slot.pid));
    } else {
      job.reply().completeExceptionally(BackendFailure.jobFailed(((JobFailed) e.answer()).message()));
    }
  }

  private void onExit(Exited e) {
    WorkerSlot slot = slots.get(e.workerId());
    if (slot == null || slot.pid != e.pid() || !running) {
      return;
    }
    boolean wasReady = slot.state == State.READY;
    DeathCause cause = classifier.classify(slot.pid, e.exitStatus(),
        slot.output.lastLinesAfterEnd(LAST_WORDS_WAIT_MS), slot.spawnedAt);
    List<PendingJob> lost = new ArrayList<>(slot.inFlight.values());
    slot.inFlight.clear();
    slot.state = State.DEAD;
    slot.channel = null;
    LOG.warn(WorkerCrash.logLine(slot, cause, lost, slot.uptimeMillis(System.nanoTime())));
    lost.forEach(p -> p.reply().completeExceptionally(WorkerCrash.failureFor(slot, cause)));
    replace(slot, wasReady);
  }

  private void replace(WorkerSlot slot, boolean wasReady) {
    slot.restarts++;
    workerRestarts++;
    if (wasReady) {
      spawn(slot);
      return;
    }
    int failures = bootFailures.merge(slot.id, 1, Integer::sum);
    if (failures >= PoolSettings.MAX_BOOT_FAILURES) {
      LOG.error("worker {} failed to boot {} times in a row; leaving its slot empty", slot.id, failures);
      return;
    }
    long delayMs = 250L << failures;
    LOG.warn("worker {} died before it was ready (boot failure {}/{}); retrying in {} ms",
        slot.id, failures, PoolSettings.MAX_BOOT_FAILURES, delayMs);
    timers.schedule(() -> post(new RespawnDue(slot.id)), delayMs, TimeUnit.MILLISECONDS);
  }

  private void onDisconnected(Disconnected e) {
    WorkerSlot slot = slots.get(e.workerId());
    if (slot == null || slot.pid != e.pid()) {
      return;
    }
    Process process = slot.process;
    String name = slot.name();
    timers.schedule(() -> {
      if (process.isAlive()) {
        LOG.warn("{} closed its connection {} ms ago but is still running; killing it", name, DISCONNECT_GRACE_MS);
        process.destroyForcibly();
      }
    }, DISCONNECT_GRACE_MS, TimeUnit.MILLISECONDS);
  }

  private void dispatchWaiting() {
    for (WorkerSlot slot : slots.values()) {
      while (!waiting.isEmpty() && slot.canTake(settings.jobsPerWorker())) {
        PendingJob p = waiting.pollFirst();
        slot.busySinceNanos = slot.inFlight.isEmpty() ? System.nanoTime() : slot.busySinceNanos;
        slot.inFlight.put(p.job().id(), p);
        slot.channel.writeAndFlush(new JobRequest(p.job().id(), p.job().input(), p.job().cost(), p.job().fault()));
      }
    }
  }

  private JsonObject status() {
    JsonArray workers = new JsonArray();
    long now = System.nanoTime();
    slots.values().forEach(s -> workers.add(new JsonObject().put("id", s.id).put("pid", s.pid)
        .put("state", s.state.name().toLowerCase()).put("served", s.served)
        .put("inFlight", s.inFlight.size()).put("restarts", s.restarts).put("uptimeMs", s.uptimeMillis(now))
        .put("busyMs", s.busyMillis(now))));
    return new JsonObject().put("mode", "process").put("pid", ProcessHandle.current().pid())
        .put("units", slots.size())
        .put("ready", slots.values().stream().filter(s -> s.state == State.READY).count())
        .put("queued", waiting.size()).put("workerRestarts", workerRestarts).put("workers", workers);
  }

  private void stop(CompletableFuture<Void> done) {
    running = false;
    waiting.forEach(p -> p.reply().completeExceptionally(BackendFailure.shuttingDown()));
    waiting.clear();
    slots.values().forEach(WorkerPool::stopWorker);
    slots.values().forEach(s -> s.inFlight.values()
        .forEach(p -> p.reply().completeExceptionally(BackendFailure.shuttingDown())));
    timers.shutdownNow();
    done.complete(null);
  }

  private static void stopWorker(WorkerSlot slot) {
    if (slot.process == null || !slot.process.isAlive()) {
      return;
    }
    slot.process.destroy();
    try {
      if (!slot.process.waitFor(2, TimeUnit.SECONDS)) {
        slot.process.destroyForcibly().waitFor(2, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      slot.process.destroyForcibly();
    }
  }

  private PoolEvent takeEvent() {
    try {
      return events.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new StopWanted(new CompletableFuture<>());
    }
  }
}
