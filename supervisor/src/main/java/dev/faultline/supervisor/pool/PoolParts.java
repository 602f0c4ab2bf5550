package dev.faultline.supervisor.pool;

import dev.faultline.config.Supervision;
import dev.faultline.supervisor.death.DeathClassifier;
import dev.faultline.supervisor.metrics.ProcMemory;
import dev.faultline.supervisor.metrics.ServerMetrics;
import dev.faultline.supervisor.restart.Recovery;
import dev.faultline.supervisor.restart.RestartPlanner;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The pool's parts, built once and wired together: the table, the rules (restart planner, watchdog,
 * recycler, triage, quarantine), the dispatcher, the reaper and the crash log. All of them are used
 * by the loop thread only.
 */
final class PoolParts {
  final Timers timers = new Timers();
  final PoolClock clock;
  final WorkerTable table;
  final Killer killer;
  final Quarantine quarantine;
  final Watchdog watchdog;
  final Recycler recycler;
  final Dispatcher dispatcher;
  final Triage triage;
  final RestartPlanner planner;
  final CrashLog crashLog;
  final DeathLedger deaths = new DeathLedger();
  final HeartbeatGaps heartbeatGaps = new HeartbeatGaps();
  final DeathSteps deathSteps = new DeathSteps();
  final PoolGauges gauges;
  final BootQueue boots;
  final Spares spares;
  final Reaper reaper;
  final Recovery recovery;
  final Consumer<PoolEvent> post;

  PoolParts(
      PoolSettings settings,
      WorkerLauncher launcher,
      PoolClock clock,
      Consumer<PoolEvent> post,
      BooleanSupplier stopping,
      Reaper.Escalation escalation,
      ServerMetrics metrics,
      Executor exitReader) {
    Supervision s = settings.supervision();
    this.clock = clock;
    this.post = post;
    this.table = new WorkerTable(launcher, post, clock);
    for (int id = 1; id <= settings.workers(); id++) {
      table.addSlot(new Slot(id, new SlotBreaker(id, clock.wall())));
    }
    this.killer = new Killer(timers, s.timeouts().killGrace().toMillis());
    this.quarantine = new Quarantine(s.quarantine(), clock.wall());
    this.recycler = new Recycler(s.recycling(), ProcMemory::residentKib);
    this.dispatcher = new Dispatcher(s.threadsPerWorker());
    this.triage = new Triage(dispatcher, quarantine, s.threadsPerWorker());
    this.watchdog = new Watchdog(s.timeouts(), killer, quarantine, triage, ProcState::stopped);
    this.planner = new RestartPlanner(s.restart(), clock.wall());
    this.crashLog = new CrashLog(settings.runDir(), metrics, deaths);
    this.gauges = new PoolGauges(settings.workers(), metrics);
    this.boots = new BootQueue(table::booting);
    this.spares = new Spares(s.spares(), table, boots);
    this.recovery = new Recovery(s.restart().period());
    this.reaper =
        new Reaper(
            table,
            planner,
            new ExitReading(new DeathClassifier(settings.runDir()), exitReader),
            triage,
            crashLog,
            timers,
            killer,
            spares,
            boots,
            stopping,
            clock,
            recovery,
            escalation);
  }

  JsonObject status(String haltReason, String pauseReason) {
    return PoolStatus.of(this, haltReason, clock.nanos())
        .put("recovery", PoolStatus.recovery(this, pauseReason, clock.nanos()));
  }
}
