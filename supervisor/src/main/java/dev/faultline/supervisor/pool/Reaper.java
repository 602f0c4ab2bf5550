package dev.faultline.supervisor.pool;

import dev.faultline.supervisor.death.Ending;
import dev.faultline.supervisor.launch.CrashBanner;
import dev.faultline.supervisor.pool.PoolEvent.Exited;
import dev.faultline.supervisor.restart.Departure;
import dev.faultline.supervisor.restart.Recovery;
import dev.faultline.supervisor.restart.RestartHistory;
import dev.faultline.supervisor.restart.RestartPlan;
import dev.faultline.supervisor.restart.RestartPlanner;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/**
 * The crash path, top to bottom: a worker exited; put a ready spare in its slot at once if there is
 * one (capacity first, paperwork after); once {@link ExitReading} has read what killed it (off the
 * loop), decide what replaces it (restart policy), settle its in-flight requests (fail, retry,
 * quarantine), and tell it all in one crash report. An escalation decided here (pause, or halt) is
 * carried out by the pool after the report is written; so is the loss of a canary.
 *
 * <p>A death from outside (a signal the master did not send, a stop from outside, a request already
 * quarantined as poison) is planned as {@link Departure#OUTSIDE}: never a boot failure, replaced at
 * once, never a reason to pause. One of a cause that implicates the request it was running is
 * planned as {@link Departure#REQUEST_SUSPECTED}: budget spent, backoff not grown.
 */
final class Reaper {
  /** What the pool does when a death spends the last of its budget or ends its canary. */
  interface Escalation {
    /** The budget ran out: the pool pauses, or halts for good when {@link #haltsForGood}. */
    void escalate(String why);

    /** The canary died; {@code fromOutside}: of nothing it could have caused. */
    void canaryLost(String why, boolean fromOutside);

    /** An escalation now halts the pool for good instead of pausing it. */
    boolean haltsForGood();
  }

  private final WorkerTable table;
  private final RestartPlanner planner;
  private final ExitReading reading;
  private final Triage triage;
  private final CrashLog crashLog;
  private final Timers timers;
  private final Killer killer;
  private final Spares spares;
  private final BootQueue boots;
  private final BooleanSupplier stopping;
  private final PoolClock clock;
  private final Recovery recovery;
  private final Escalation escalation;
  private final RestartHistory spareHistory = new RestartHistory();
  private final Map<Long, Dying> dying = new LinkedHashMap<>();
  private int restarts;

  Reaper(
      WorkerTable table,
      RestartPlanner planner,
      ExitReading reading,
      Triage triage,
      CrashLog crashLog,
      Timers timers,
      Killer killer,
      Spares spares,
      BootQueue boots,
      BooleanSupplier stopping,
      PoolClock clock,
      Recovery recovery,
      Escalation escalation) {
    this.table = table;
    this.planner = planner;
    this.reading = reading;
    this.triage = triage;
    this.crashLog = crashLog;
    this.timers = timers;
    this.killer = killer;
    this.spares = spares;
    this.boots = boots;
    this.stopping = stopping;
    this.clock = clock;
    this.recovery = recovery;
    this.escalation = escalation;
  }

  /**
   * A worker that exited, between the two halves of its death: what was decided at once (its place
   * in the table, a ready spare in its slot) and the reading of what it left behind, still under
   * way on the reader's thread.
   */
  record Dying(
      Exited exit,
      Worker worker,
      Slot slot,
      boolean wasServing,
      Departure departure,
      CrashReport.Replacement swap,
      CompletableFuture<ExitReading.Read> read) {}

  /**
   * The first half of a death, on the loop: it leaves the table, a ready spare takes its slot, and
   * the reading of what it left behind starts; null if there is nothing more to do (unknown, or
   * stopped with the pool). The loop finishes it with {@link #decide} once {@code read} completes.
   */
  Dying onExit(Exited e) {
    Worker w = table.byPid(e.pid());
    if (w == null) {
      return null;
    }
    Slot slot = table.slotOf(w);
    boolean wasServing = slot != null && slot.worker == w;
    table.forget(w);
    w.died();
    Departure departure = departure(w);
    if (departure == Departure.STOPPED) {
      return null; // stopped on purpose, and already counted by the one who stopped it
    }
    CrashReport.Replacement swap =
        wasServing && departure == Departure.FAILURE
            ? swapInSpare(slot, w, e.noticedAtNanos())
            : null;
    Dying d = new Dying(e, w, slot, wasServing, departure, swap, reading.read(w, e.exitStatus()));
    dying.put(w.pid, d);
    return d;
  }

  /**
   * The second half, on the loop, once its exit was read: what ended it, the fates of its requests,
   * the restart plan, the replacement and the crash report.
   */
  void decide(Dying d) {
    dying.remove(d.worker().pid);
    Exited e = d.exit();
    Worker w = d.worker();
    Slot slot = d.slot();
    Departure departure = d.departure();
    long uptimeMs = w.uptimeMillis(e.noticedAtNanos());
    ExitReading.Read read = d.read().join();
    DeathVerdict verdict = DeathVerdict.of(w, read.cause(), killer.graceMillis());
    if (slot != null && departure == Departure.FAILURE) {
      slot.breaker.workerDied(verdict.cause());
    }
    boolean requestToBlame = requestToBlame(w, verdict);
    List<Fate> fates = triage.settle(w, verdict);
    if (departure != Departure.RETIRED && fromOutside(verdict, fates)) {
      departure = Departure.OUTSIDE;
    } else if (departure == Departure.FAILURE && requestToBlame) {
      departure = Departure.REQUEST_SUSPECTED;
    }
    boolean canary = recovery.phase() == Recovery.Phase.CANARY;
    RestartPlan plan =
        canary
            ? RestartPlan.canaryLost(departure == Departure.OUTSIDE)
            : planner.plan(
                departure, slot != null ? slot.history : spareHistory, Duration.ofMillis(uptimeMs));
    CrashReport.Replacement replacement =
        d.swap() != null ? d.swap() : replace(plan, slot, d.wasServing(), w, e.noticedAtNanos());
    if (plan.action() == RestartPlan.Action.REPLACE) {
      restarts++;
      spares.delayNextStart(e.noticedAtNanos(), plan.backoffMillis());
    }
    crashLog.died(
        report(d, departure, verdict, uptimeMs, fates, plan, replacement, read.lastWords()));
    if (plan.action() == RestartPlan.Action.ESCALATE) {
      escalation.escalate(
          plan.reason() + "; the last one: " + w.name() + " " + verdict.description());
    } else if (canary) {
      escalation.canaryLost(w.name() + " " + verdict.description(), departure == Departure.OUTSIDE);
    }
  }

  private CrashReport report(
      Dying d,
      Departure departure,
      DeathVerdict verdict,
      long uptimeMs,
      List<Fate> fates,
      RestartPlan plan,
      CrashReport.Replacement replacement,
      List<String> lastWords) {
    Worker w = d.worker();
    return new CrashReport(
        clock.instantOf(d.exit().noticedAtNanos()),
        w.slotId() > 0 ? "worker " + w.slotId() : "spare",
        w.slotId(),
        w.pid,
        verdict,
        departure == Departure.BOOT_FAILURE,
        uptimeMs,
        w.served(),
        fates,
        plan,
        escalation.haltsForGood(),
        planner.intensity(),
        planner.budget(),
        replacement,
        CrashBanner.lastForwarded(lastWords));
  }

  /** Workers whose exit is still being read: their requests are still theirs. */
  Collection<Worker> dying() {
    return dying.values().stream().map(Dying::worker).toList();
  }

  /**
   * No evidence of a crash loop of the code: a signal nobody in the master sent (SIGABRT excepted:
   * the JVM's own abort), a stop from outside, or a request that is poison now.
   */
  private static boolean fromOutside(DeathVerdict v, List<Fate> fates) {
    boolean signal = v.ending() == Ending.Died.KILLED_BY_SIGNAL && !"SIGABRT".equals(v.cause());
    return signal
        || v.ending() == Ending.Killed.STOPPED
        || fates.stream().anyMatch(f -> f.kind() == Fate.Kind.QUARANTINED);
  }

  /** It died of a cause that implicates requests while it had one in flight (or past deadline). */
  private static boolean requestToBlame(Worker w, DeathVerdict v) {
    return v.ending().implicatesRequests()
        && (!w.inFlight().isEmpty() || !w.answeredAtDeadline().isEmpty());
  }

  /**
   * Capacity first: a ready spare takes the slot before anything else is done about the death (the
   * restart plan, reading hs_err, the report). Should the plan then halt the pool, the swap did no
   * harm.
   */
  private CrashReport.Replacement swapInSpare(Slot slot, Worker dead, long diedAt) {
    Worker spare = table.takeSpare(Worker.State.READY).orElse(null);
    if (spare == null) {
      return null;
    }
    table.install(slot, spare);
    spare.replaces(dead.pid, 0);
    return new CrashReport.Replacement(spare.pid, "spare", (clock.nanos() - diedAt) / 1e6);
  }

  private Departure departure(Worker w) {
    if (stopping.getAsBoolean()) {
      return Departure.STOPPED;
    }
    if (w.role() == Worker.Role.RETIRING) {
      return Departure.RETIRED;
    }
    return w.wasReady() ? Departure.FAILURE : Departure.BOOT_FAILURE;
  }

  private CrashReport.Replacement replace(
      RestartPlan plan, Slot slot, boolean wasServing, Worker dead, long diedAt) {
    if (plan.action() != RestartPlan.Action.REPLACE || slot == null) {
      return null; // nothing to replace, or a spare died: the spares are topped up after the
      // backoff
    }
    if (!wasServing && slot.worker != null) {
      slot.worker.recycling.startsOver(); // its recycling successor died
      return null;
    }
    return fill(slot, dead, diedAt, plan.backoffMillis());
  }

  /**
   * A ready spare, else the successor already starting, else a starting spare, else a new worker.
   */
  private CrashReport.Replacement fill(Slot slot, Worker dead, long diedAt, long backoffMillis) {
    CrashReport.Replacement swap = swapInSpare(slot, dead, diedAt);
    if (swap != null) {
      return swap;
    }
    if (slot.successor != null) {
      return new CrashReport.Replacement(slot.successor.pid, "starting successor", -1);
    }
    Worker starting = table.takeSpare(Worker.State.STARTING).orElse(null);
    if (starting != null) {
      table.adopt(slot, starting);
      starting.replaces(dead.pid, diedAt);
      return new CrashReport.Replacement(starting.pid, "starting spare", -1);
    }
    slot.respawnPending = true;
    timers.after(
        diedAt,
        backoffMillis,
        "the backoff before slot " + slot.id + " gets a new worker",
        () -> boots.start(() -> startAfterBackoff(slot, dead, diedAt)));
    return null;
  }

  /** The backoff is over and a place to boot is free ({@link BootQueue}). */
  private void startAfterBackoff(Slot slot, Worker dead, long diedAt) {
    slot.respawnPending = false;
    if (slot.needsWorker() && !stopping.getAsBoolean()) {
      table.startFor(slot, dead.pid, diedAt);
    }
  }

  RestartHistory spareHistory() {
    return spareHistory;
  }

  /** Workers replaced after they died (not counting recycling), for /status. */
  int restarts() {
    return restarts;
  }
}
