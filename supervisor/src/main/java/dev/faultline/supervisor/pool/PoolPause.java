package dev.faultline.supervisor.pool;

import dev.faultline.supervisor.backend.BackendFailure;
import dev.faultline.supervisor.restart.Recovery;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the pool does when its budget runs out, and how it comes back ({@link Recovery} keeps the
 * phase and the times): pause (stop every worker, refuse with 503 and {@code Retry-After}), start
 * one canary after the cool-down, fill every slot once the canary stayed up for its probation. A
 * halt for good happens only when {@code haltInstead} says so. Used by the pool's loop only.
 */
final class PoolPause implements Reaper.Escalation {
  private static final Logger LOG = LoggerFactory.getLogger("pool");
  private final PoolParts parts;
  private final BooleanSupplier haltInstead;
  private final Consumer<String> halt;
  private final Consumer<BackendFailure> failAll;
  private final Supplier<String> stopAll;
  private volatile String reason;

  PoolPause(
      PoolParts parts,
      BooleanSupplier haltInstead,
      Consumer<String> halt,
      Consumer<BackendFailure> failAll,
      Supplier<String> stopAll) {
    this.parts = parts;
    this.haltInstead = haltInstead;
    this.halt = halt;
    this.failAll = failAll;
    this.stopAll = stopAll;
  }

  @Override
  public boolean haltsForGood() {
    return haltInstead.getAsBoolean();
  }

  /** Why the pool pauses, or null while it serves (or tries its canary). Read by other threads. */
  String reason() {
    return reason;
  }

  /**
   * The restart budget or the boot retries ran out, or a step failed: pause, or halt if told to or
   * if the pool never was ready (a server that cannot start its workers says so and exits 75).
   */
  @Override
  public void escalate(String why) {
    if (haltInstead.getAsBoolean()) {
      halt.accept(why);
      return;
    }
    paused(why, parts.recovery.pause(parts.clock.nanos()));
    LOG.info("stopped the pool's workers for the pause: {}", stopAll.get());
    parts.timers.clear();
  }

  /**
   * The canary died. Of something it could have caused: back to the pause, for a doubled cool-down.
   * Ended from outside, which says nothing about it: another canary starts at once, and the
   * probation goes on ({@link Recovery#canaryEndedFromOutside}).
   */
  @Override
  public void canaryLost(String why, boolean fromOutside) {
    if (fromOutside) {
      Worker canary = startCanaryWorker();
      parts.recovery.canaryEndedFromOutside();
      parts.crashLog.canary(canary, "the last one ended from outside: " + why);
      return;
    }
    long coolDownMs = parts.recovery.canaryDied(parts.clock.nanos());
    paused("the canary died: " + why, coolDownMs);
  }

  private void paused(String why, long coolDownMs) {
    reason = why;
    parts.planner.startOver();
    parts.table.slots().forEach(s -> s.respawnPending = false);
    parts.boots.clear();
    parts.crashLog.paused(why, coolDownMs, parts.clock.instantOf(parts.recovery.nextTryNanos()));
    failAll.accept(refusal());
  }

  BackendFailure refusal() {
    return BackendFailure.poolPaused(
        reason,
        parts.recovery.phase().name().toLowerCase(),
        parts.recovery.retryAfterSeconds(parts.clock.nanos()));
  }

  /** Paused: the canary after the cool-down; canary: its probation, then the pool fills up. */
  void round(long now) {
    Recovery r = parts.recovery;
    if (r.canaryDue(now)) {
      startCanary("after a cool-down of " + r.coolDownMillis() + " ms");
    } else if (r.awaitsCanaryHello() && canaryServes()) {
      r.canaryReady(now);
      parts.crashLog.onProbation(parts.clock.instantOf(r.nextTryNanos()));
    } else if (r.probationOver(now)) {
      r.recovered(now);
      parts.table.slots().stream()
          .filter(Slot::needsWorker)
          .forEach(s -> parts.table.startFor(s, 0, 0));
      parts.crashLog.recovered(r.pauses());
    }
  }

  private void startCanary(String why) {
    Worker canary = startCanaryWorker();
    parts.recovery.canaryStarted();
    reason = null;
    parts.crashLog.canary(canary, why);
  }

  private Worker startCanaryWorker() {
    return parts.table.startFor(parts.table.slots().iterator().next(), 0, 0);
  }

  private boolean canaryServes() {
    return parts.table.slots().stream().anyMatch(s -> s.worker != null && s.worker.isServing());
  }
}
