package dev.faultline.supervisor.pool;

import dev.faultline.config.Supervision;
import dev.faultline.supervisor.backend.BackendFailure;
import dev.faultline.supervisor.backend.JobResult;
import dev.faultline.supervisor.metrics.ServerMetrics;
import dev.faultline.supervisor.pool.PoolEvent.Answered;
import dev.faultline.supervisor.pool.PoolEvent.Connected;
import dev.faultline.supervisor.pool.PoolEvent.Disconnected;
import dev.faultline.supervisor.pool.PoolEvent.Exited;
import dev.faultline.supervisor.pool.PoolEvent.StatusWanted;
import dev.faultline.supervisor.pool.PoolEvent.StopWanted;
import dev.faultline.supervisor.pool.PoolEvent.Submitted;
import dev.faultline.worker.ipc.IpcMessage.Heartbeat;
import dev.faultline.worker.ipc.IpcMessage.JobDone;
import dev.faultline.worker.ipc.IpcMessage.JobFailed;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process-mode supervisor: one loop thread owns the worker table and decides everything. Other
 * threads only {@link #post} events. The loop reads top to bottom, like gunicorn's arbiter: take
 * the events that arrived, handle each, then do the rounds (due timers, the two timeouts,
 * recycling, spares) and hand waiting requests to free workers.
 */
final class WorkerPool {
  private static final Logger LOG = LoggerFactory.getLogger("pool");

  /** The longest the loop sleeps without an event: the resolution of its timeouts. */
  private static final long TICK_MS = 50;

  /**
   * A worker whose socket closed is normally exiting; this long it may take before it is killed.
   */
  private static final long DISCONNECT_GRACE_MS = 2_000;

  private final BlockingQueue<PoolEvent> events = new LinkedBlockingQueue<>();
  private final CompletableFuture<Void> allReady = new CompletableFuture<>();
  private final Supervision supervision;
  private final PoolParts parts;
  private final Consumer<String> onHalt;
  private volatile String haltReason;
  private boolean running = true;

  WorkerPool(
      PoolSettings settings,
      WorkerLauncher launcher,
      Consumer<String> onHalt,
      ServerMetrics metrics) {
    this.supervision = settings.supervision();
    this.parts =
        new PoolParts(
            settings,
            launcher,
            this::post,
            () -> !running || haltReason != null,
            this::halt,
            metrics);
    this.onHalt = onHalt;
  }

  void post(PoolEvent event) {
    events.add(event);
  }

  CompletableFuture<Void> allReady() {
    return allReady;
  }

  /** Why the pool halted, or null while it runs. Read by other threads to refuse work fast. */
  String haltReason() {
    return haltReason;
  }

  /** The loop. Runs on the pool's own thread until a {@link StopWanted} event. */
  void run() {
    parts.table.slots().forEach(s -> parts.table.startFor(s, 0, 0));
    while (running) {
      long now = System.nanoTime();
      nextEvents(parts.timers.millisUntilNext(now, TICK_MS)).forEach(this::handle);
      doRounds(System.nanoTime());
    }
  }

  private void handle(PoolEvent event) {
    if (event instanceof Submitted e) {
      onSubmitted(e);
    } else if (event instanceof Answered e) {
      onAnswer(e);
    } else if (event instanceof Connected e) {
      onHello(e);
    } else if (event instanceof Exited e) {
      parts.reaper.onExit(e);
    } else if (event instanceof Disconnected e) {
      onDisconnected(e);
    } else if (event instanceof StatusWanted e) {
      e.reply().complete(parts.status(haltReason));
    } else if (event instanceof StopWanted e) {
      stop(e.done());
    }
  }

  private void doRounds(long now) {
    parts.timers.runDue(now);
    if (!running || haltReason != null) {
      return;
    }
    parts.watchdog.check(parts.table.workers(), now);
    parts.recycler.due(parts.table.slots(), now).ifPresent(s -> recycle(s, now));
    if (allReady.isDone()) {
      parts.spares.topUp(now);
    }
    parts.dispatcher.dispatch(parts.table.slots(), now);
    parts.gauges.update(
        (int)
            parts.table.slots().stream()
                .filter(s -> s.worker != null && s.worker.isServing())
                .count(),
        parts.dispatcher.size());
  }

  private void onSubmitted(Submitted e) {
    if (haltReason != null || !running) {
      e.reply()
          .completeExceptionally(
              haltReason != null
                  ? BackendFailure.poolExhausted(haltReason)
                  : BackendFailure.shuttingDown());
      return;
    }
    String fingerprint = e.job().origin();
    parts
        .quarantine
        .remaining(fingerprint)
        .ifPresentOrElse(
            left ->
                e.reply()
                    .completeExceptionally(
                        Failures.quarantined(
                            fingerprint, parts.quarantine.deadPids(fingerprint), left)),
            () -> parts.dispatcher.add(new PendingJob(e.job(), e.reply())));
  }

  private void onHello(Connected e) {
    Worker w = parts.table.byPid(e.pid());
    if (w == null || w.state != Worker.State.STARTING || w.kill != null) {
      e.channel().close(); // a stale or condemned worker
      return;
    }
    long now = System.nanoTime();
    w.channel = e.channel();
    w.state = Worker.State.READY;
    w.readyAtNanos = now;
    w.lastHeartbeatNanos = now;
    w.requestLimit = parts.recycler.requestLimitForNewWorker();
    Slot slot = parts.table.slotOf(w);
    (slot != null ? slot.history : parts.reaper.spareHistory()).booted();
    boolean recycling = slot != null && slot.worker != null;
    if (slot != null) {
      takeOver(slot, w);
    } else {
      slot = parts.table.slots().stream().filter(Slot::isEmpty).findFirst().orElse(null);
      if (slot != null) {
        LOG.info("{} takes empty slot {}", w.name(), slot.id);
        parts.table.install(slot, w);
      }
    }
    parts.crashLog.ready(
        w,
        recycling ? "recycled" : "restart #" + (slot != null ? slot.history.restarts() : 0),
        (now - w.spawnedAtNanos) / 1_000_000,
        w.replacesDeathNanos != 0 ? (now - w.replacesDeathNanos) / 1e6 : -1);
    if (!allReady.isDone() && parts.table.slots().stream().noneMatch(Slot::isEmpty)) {
      allReady.complete(null);
    }
  }

  /** The successor serves the slot now; a worker it replaces on purpose drains and exits. */
  private void takeOver(Slot slot, Worker successor) {
    Worker old = slot.worker;
    parts.table.install(slot, successor);
    if (old != null) {
      retire(old, System.nanoTime());
    }
  }

  private void recycle(Slot slot, long now) {
    Worker old = slot.worker;
    Worker spare = parts.table.takeSpare(Worker.State.READY).orElse(null);
    LOG.info(
        "{} is due for recycling: {}; {}",
        old.name(),
        old.recycleReason,
        spare != null
            ? "spare (pid " + spare.pid + ") takes its place"
            : "starting its successor first");
    if (spare == null) {
      parts.table.startFor(slot, old.pid, 0);
      return;
    }
    parts.table.install(slot, spare);
    spare.replacesPid = old.pid;
    retire(old, now);
  }

  private void retire(Worker old, long now) {
    LOG.info(
        "{} retires: it takes no new request, finishes its {} in flight, then exits",
        old.name(),
        old.inFlight.size());
    parts.table.retire(old);
    long drainLimit =
        supervision.timeouts().requestDeadline().toMillis() + parts.killer.graceMillis();
    parts.timers.after(
        now,
        drainLimit,
        () ->
            parts.killer.kill(
                old,
                KillReason.DRAIN_TIMEOUT,
                "still draining " + drainLimit + " ms after it was retired",
                System.nanoTime()));
  }

  private void onAnswer(Answered e) {
    Worker w = parts.table.byPid(e.pid());
    if (w == null) {
      return;
    }
    if (e.answer() instanceof Heartbeat) {
      w.lastHeartbeatNanos = Math.max(w.lastHeartbeatNanos, e.receivedAtNanos());
      return;
    }
    long jobId = e.answer() instanceof JobDone d ? d.jobId() : ((JobFailed) e.answer()).jobId();
    PendingJob p = w.inFlight.remove(jobId);
    if (p == null) {
      return; // answered after it was settled (deadline, death): the request already has its answer
    }
    w.served++;
    Slot slot = parts.table.slotOf(w);
    if (slot != null) {
      slot.breaker.jobAnswered();
    }
    parts.triage.acquitted(p);
    if (e.answer() instanceof JobDone d) {
      p.reply.complete(new JobResult(d.digest(), "worker-" + w.slotId, w.pid));
    } else {
      p.reply.completeExceptionally(BackendFailure.jobFailed(((JobFailed) e.answer()).message()));
    }
  }

  private void onDisconnected(Disconnected e) {
    Worker w = parts.table.byPid(e.pid());
    if (w == null) {
      return;
    }
    w.channel = null;
    parts.timers.after(
        System.nanoTime(),
        DISCONNECT_GRACE_MS,
        () -> {
          if (w.state != Worker.State.DEAD && w.process.isAlive()) {
            parts.killer.kill(
                w,
                KillReason.DISCONNECTED,
                "closed its connection " + DISCONNECT_GRACE_MS + " ms ago but is still running",
                System.nanoTime());
          }
        });
  }

  /** Escalation: the restart budget or the boot retries ran out. Stop everything, refuse fast. */
  private void halt(String reason) {
    haltReason = reason;
    parts.crashLog.halted(reason, supervision.restart().exitOnExhaustion());
    failAll(BackendFailure.poolExhausted(reason));
    LOG.info(
        "stopped the pool's workers: {}",
        WorkerStopper.stopAll(parts.table.workers(), parts.killer.graceMillis()));
    parts.timers.clear();
    allReady.completeExceptionally(new IllegalStateException("the worker pool halted: " + reason));
    onHalt.accept(reason);
  }

  private void stop(CompletableFuture<Void> done) {
    running = false;
    failAll(BackendFailure.shuttingDown());
    List<Worker> all = new ArrayList<>(parts.table.workers());
    if (!all.isEmpty()) {
      LOG.info(
          "stopping {} worker JVMs: {}",
          all.size(),
          WorkerStopper.stopAll(all, parts.killer.graceMillis()));
    }
    parts.timers.clear();
    done.complete(null);
  }

  private void failAll(BackendFailure failure) {
    parts.dispatcher.takeAll().forEach(p -> p.reply.completeExceptionally(failure));
    for (Worker w : parts.table.workers()) {
      w.inFlight.values().forEach(p -> p.reply.completeExceptionally(failure));
      w.inFlight.clear();
    }
  }

  private List<PoolEvent> nextEvents(long waitMillis) {
    List<PoolEvent> batch = new ArrayList<>();
    try {
      PoolEvent first = events.poll(waitMillis, TimeUnit.MILLISECONDS);
      if (first != null) {
        batch.add(first);
        events.drainTo(batch);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      batch.add(new StopWanted(new CompletableFuture<>()));
    }
    return batch;
  }
}
