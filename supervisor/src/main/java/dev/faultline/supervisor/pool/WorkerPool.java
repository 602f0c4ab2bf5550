package dev.faultline.supervisor.pool;

import dev.faultline.config.Supervision;
import dev.faultline.supervisor.backend.BackendFailure;
import dev.faultline.supervisor.metrics.ServerMetrics;
import dev.faultline.supervisor.pool.PoolEvent.Answered;
import dev.faultline.supervisor.pool.PoolEvent.Connected;
import dev.faultline.supervisor.pool.PoolEvent.Disconnected;
import dev.faultline.supervisor.pool.PoolEvent.ExitRead;
import dev.faultline.supervisor.pool.PoolEvent.Exited;
import dev.faultline.supervisor.pool.PoolEvent.StatusWanted;
import dev.faultline.supervisor.pool.PoolEvent.StopWanted;
import dev.faultline.supervisor.pool.PoolEvent.Submitted;
import dev.faultline.supervisor.restart.Recovery;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process-mode supervisor: one loop thread owns the worker table and decides everything. Other
 * threads only {@link #post} events. The loop reads top to bottom, like gunicorn's arbiter: take
 * the events that arrived, handle each, then do the rounds (due timers, the two timeouts,
 * recycling, spares) and hand waiting requests to free workers. Like the arbiter's catch ladder,
 * every step is guarded: whatever one throws escalates with that reason, and the loop lives on to
 * answer 503 and {@code /status} instead of dying silently. An escalation (the restart budget, the
 * boot retries, a failed step) pauses the pool and recovers it through a canary ({@link Recovery});
 * only with {@code --exit-on-pool-exhausted} does it halt for good, and the server exits.
 */
final class WorkerPool {
  private static final Logger LOG = LoggerFactory.getLogger("pool");

  /** The longest the loop sleeps without an event: the resolution of its timeouts. */
  private static final long TICK_MS = 50;

  /**
   * A worker whose socket closed is normally exiting; this long it may take before it is killed.
   */
  static final long DISCONNECT_GRACE_MS = 2_000;

  private final BlockingQueue<PoolEvent> events = new LinkedBlockingQueue<>();
  private final CompletableFuture<Void> allReady = new CompletableFuture<>();
  private final Supervision supervision;
  private final PoolParts parts;
  private final Handover handover;
  private final Answers answers;
  private final LastAnswers lastAnswers;
  private final Consumer<String> onHalt;
  private volatile String haltReason;
  private PoolPause pause; // set right after the parts it needs, and never again
  private boolean running = true;

  WorkerPool(
      PoolSettings settings,
      WorkerLauncher launcher,
      PoolClock clock,
      Consumer<String> onHalt,
      ServerMetrics metrics,
      Executor exitReader) {
    this.supervision = settings.supervision();
    this.parts =
        new PoolParts(
            settings,
            launcher,
            clock,
            this::post,
            this::stoppingWorkers,
            lateEscalation(),
            metrics,
            exitReader);
    this.pause =
        new PoolPause(
            parts,
            this::haltsForGood,
            this::halt,
            this::failAll,
            () -> stopAll(parts.table.workers()));
    this.handover =
        new Handover(
            parts,
            supervision.timeouts().requestDeadline().toMillis() + parts.killer.graceMillis());
    this.answers = new Answers(parts);
    this.lastAnswers = new LastAnswers(parts);
    this.onHalt = onHalt;
  }

  /** The reaper's way to the pause, which is built after the parts it needs. */
  private Reaper.Escalation lateEscalation() {
    return new Reaper.Escalation() {
      @Override
      public void escalate(String why) {
        pause.escalate(why);
      }

      @Override
      public void canaryLost(String why, boolean fromOutside) {
        pause.canaryLost(why, fromOutside);
      }

      @Override
      public boolean haltsForGood() {
        return WorkerPool.this.haltsForGood();
      }
    };
  }

  /** An escalation halts for good when told to, or when the pool was never ready. */
  private boolean haltsForGood() {
    return supervision.restart().exitOnExhaustion() || !allReady.isDone();
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
    startWorkers();
    while (running) {
      turn(nextEvents(parts.timers.millisUntilNext(parts.clock.nanos(), TICK_MS)));
    }
  }

  boolean running() {
    return running;
  }

  /** The loop's first step: a worker starts for every slot. */
  void startWorkers() {
    guarded(
        "starting the first workers",
        () -> parts.table.slots().forEach(s -> parts.table.startFor(s, 0, 0)));
  }

  /** One turn of the loop without waiting: what has arrived, then the rounds. */
  void turnNow() {
    List<PoolEvent> batch = new ArrayList<>();
    events.drainTo(batch);
    turn(batch);
  }

  private void turn(List<PoolEvent> batch) {
    batch.forEach(e -> guarded(e, () -> handle(e)));
    doRounds(parts.clock.nanos());
  }

  private void handle(PoolEvent event) {
    if (event instanceof Submitted e) {
      onSubmitted(e);
    } else if (event instanceof Answered e) {
      answers.arrived(e);
    } else if (event instanceof Connected e) {
      handover.hello(e, allReady);
    } else if (event instanceof Exited e) {
      lastAnswers.exited(e);
    } else if (event instanceof ExitRead e) {
      lastAnswers.decide(e.dying());
    } else if (event instanceof Disconnected e) {
      onDisconnected(e);
    } else if (event instanceof StatusWanted e) {
      e.reply().complete(parts.status(haltReason, pause.reason()));
    } else if (event instanceof StopWanted e) {
      stop(e.done());
    }
  }

  private void doRounds(long now) {
    guarded("the due timers", () -> parts.timers.runDue(now));
    round("the starts waiting to boot", parts.boots::startWhileRoom);
    if (running && haltReason == null) {
      guarded("the recovery's round", () -> pause.round(now));
    }
    round("the watchdog's round", () -> parts.watchdog.check(parts.table.workers(), now));
    if (parts.recovery.phase() == Recovery.Phase.SERVING && allReady.isDone()) {
      round("the recycler's round", () -> handover.recycleDue(now));
      round("topping up the spares", () -> parts.spares.topUp(now));
    }
    round("dispatching", () -> parts.dispatcher.dispatch(parts.table.slots(), now));
    guarded("the metrics gauges", () -> parts.gauges.update(parts.table, parts.dispatcher.size()));
  }

  /** A round runs only while the pool serves: a halted, paused or stopping pool starts nothing. */
  private void round(String what, Runnable step) {
    if (!stoppingWorkers()) {
      guarded(what, step);
    }
  }

  /** Runs one step; if it throws, the pool halts with what it was doing and what was thrown. */
  private void guarded(Object cause, Runnable step) {
    try {
      step.run();
    } catch (RuntimeException | LinkageError e) {
      String what = cause instanceof PoolEvent event ? event.describe() : cause.toString();
      LOG.error("the pool loop failed on {}: {}", what, e.toString(), e);
      if (haltReason == null) {
        haltAfterFailure("the pool loop failed on " + what + ": " + e);
      }
      if (cause instanceof PoolEvent event) {
        settle(event, e);
      }
    }
  }

  private void haltAfterFailure(String reason) {
    try {
      pause.escalate(reason);
    } catch (RuntimeException e) {
      LOG.error("pausing or halting the pool failed too: {}", e.toString(), e);
    }
  }

  /** The event whose handler failed still gets its answer: nobody waits forever. */
  private void settle(PoolEvent event, Throwable failure) {
    if (event instanceof Submitted e) {
      e.reply().completeExceptionally(refusal());
    } else if (event instanceof ExitRead e) {
      e.dying().worker().takeInFlight().forEach(p -> p.reply.completeExceptionally(refusal()));
    } else if (event instanceof StatusWanted e) {
      e.reply().completeExceptionally(failure);
    } else if (event instanceof StopWanted e) {
      running = false;
      e.done().complete(null);
    }
  }

  private BackendFailure refusal() {
    return pause.reason() != null ? pause.refusal() : BackendFailure.poolExhausted(haltReason);
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
    if (pause.reason() != null) {
      e.reply().completeExceptionally(pause.refusal());
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

  private void onDisconnected(Disconnected e) {
    Worker w = parts.table.byPid(e.pid());
    if (w != null) {
      w.disconnected();
      lastAnswers.disconnected(e.pid());
      parts.killer.afterDisconnect(w, DISCONNECT_GRACE_MS, parts.clock.nanos());
    }
  }

  /** True while no worker may run: stopping, halted, or paused. */
  private boolean stoppingWorkers() {
    return !running || haltReason != null || parts.recovery.phase() == Recovery.Phase.PAUSED;
  }

  /** Halting for good, only as told: stop everything, refuse fast, and let the server exit. */
  private void halt(String reason) {
    haltReason = reason;
    parts.recovery.halted();
    parts.crashLog.halted(reason, supervision.restart().exitOnExhaustion());
    parts.boots.clear();
    failAll(BackendFailure.poolExhausted(reason));
    LOG.info("stopped the pool's workers: {}", stopAll(parts.table.workers()));
    parts.timers.clear();
    allReady.completeExceptionally(new IllegalStateException("the worker pool halted: " + reason));
    onHalt.accept(reason);
  }

  private void stop(CompletableFuture<Void> done) {
    running = false;
    failAll(BackendFailure.shuttingDown());
    List<Worker> all = new ArrayList<>(parts.table.workers());
    if (!all.isEmpty()) {
      LOG.info("stopping {} worker JVMs: {}", all.size(), stopAll(all));
    }
    LOG.info(
        "{}; {}",
        parts.heartbeatGaps.describe(supervision.timeouts().liveness()),
        parts.deathSteps.describe());
    parts.timers.clear();
    done.complete(null);
  }

  private String stopAll(java.util.Collection<Worker> workers) {
    return WorkerStopper.stopAll(workers, parts.killer.graceMillis(), parts.clock.nanos());
  }

  private void failAll(BackendFailure failure) {
    parts.dispatcher.takeAll().forEach(p -> p.reply.completeExceptionally(failure));
    Stream.concat(parts.table.workers().stream(), parts.reaper.dying().stream())
        .flatMap(w -> w.takeInFlight().stream())
        .forEach(p -> p.reply.completeExceptionally(failure));
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
