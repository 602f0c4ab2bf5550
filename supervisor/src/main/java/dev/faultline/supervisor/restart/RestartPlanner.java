package dev.faultline.supervisor.restart;

import dev.faultline.config.RestartPolicy;
import java.time.Clock;
import java.time.Duration;

/**
 * The restart decision, one place: a worker left; replace it (after which backoff), leave it, or
 * escalate. Crashes after boot spend the pool-wide budget ({@code intensity} restarts per {@code
 * period}, as Erlang/OTP); boot failures are bounded per place instead, so a worker that cannot
 * start never becomes a fork bomb. The first crash of a slot is replaced at once (a worker is ready
 * in a few hundred milliseconds, and one crash says nothing about the next); the backoff starts
 * with the second crash in a row that no request explains ({@link Departure#FAILURE}). A crash with
 * a request to blame ({@link Departure#REQUEST_SUSPECTED}) spends the budget but is replaced at
 * once: the slot booted and served, and a poison request is the quarantine's to stop (growing the
 * backoff for those left slots dead for up to its 10 s cap under a steady rain of faulted requests,
 * most of the bystander failures of a 1,000-death soak). Deaths from outside ({@link
 * Departure#OUTSIDE}) spend no budget and are replaced at once: nothing in the pool explains them
 * (a signal another process sent, a stop from outside), so a pause would protect nothing and only
 * turn partial service into none; they are counted over the same period, for {@code /status}. Pure
 * apart from the backoff's jitter.
 */
public final class RestartPlanner {
  private final RestartPolicy policy;
  private final RestartWindow window;
  private final RestartWindow outside;
  private final SlotBackoff backoff;

  public RestartPlanner(RestartPolicy policy, Clock clock) {
    this.policy = policy;
    this.window = new RestartWindow(policy.intensity(), policy.period(), clock);
    this.outside = new RestartWindow(Integer.MAX_VALUE, policy.period(), clock);
    this.backoff = new SlotBackoff(policy);
  }

  /**
   * @param history the place the worker held; updated here
   * @param uptime how long the worker had been up: a long run resets the backoff
   */
  public RestartPlan plan(Departure departure, RestartHistory history, Duration uptime) {
    return switch (departure) {
      case RETIRED -> RestartPlan.none("retired on purpose; its successor already serves");
      case STOPPED -> RestartPlan.none("the pool is stopping");
      case BOOT_FAILURE -> afterBootFailure(history);
      case FAILURE -> afterFailure(history, uptime);
      case REQUEST_SUSPECTED -> afterRequestDeath(history);
      case OUTSIDE -> afterOutsideDeath(history);
    };
  }

  /** The budget starts over: the pool paused and recovers. */
  public void startOver() {
    window.clear();
    outside.clear();
  }

  private RestartPlan afterBootFailure(RestartHistory history) {
    int failures = ++history.consecutiveBootFailures;
    if (failures >= policy.maxBootFailures()) {
      return RestartPlan.escalate(
          window.current(),
          "a worker failed to boot "
              + failures
              + " times in a row (max-boot-failures "
              + policy.maxBootFailures()
              + ")");
    }
    history.restarts++;
    return RestartPlan.replace(backoff.delayMillis(failures), window.current());
  }

  private RestartPlan afterFailure(RestartHistory history, Duration uptime) {
    if (uptime.compareTo(policy.backoffResetAfter()) >= 0) {
      history.consecutiveFailures = 0;
    }
    int inRow = ++history.consecutiveFailures;
    return spend(history, inRow == 1 ? 0 : backoff.delayMillis(inRow - 1));
  }

  /**
   * A request killed it: the budget counts it, the slot's backoff neither grows nor resets (the
   * request is to blame, not the slot), and the replacement starts at once.
   */
  private RestartPlan afterRequestDeath(RestartHistory history) {
    return spend(history, 0);
  }

  /**
   * A death from outside says nothing about the slot's code nor about the pool's work: it is
   * counted, never escalates, and is replaced at once, without growing the slot's backoff.
   */
  private RestartPlan afterOutsideDeath(RestartHistory history) {
    outside.record();
    history.restarts++;
    return RestartPlan.replace(0, window.current());
  }

  /** Counts one restart in the budget: escalate when that exceeds it, else replace. */
  private RestartPlan spend(RestartHistory history, long backoffMillis) {
    int count = window.record();
    if (window.exceeded(count)) {
      return RestartPlan.escalate(
          count,
          count
              + " restarts within "
              + budgetPeriod()
              + " exceed the restart budget of "
              + policy.describeBudget());
    }
    history.restarts++;
    return RestartPlan.replace(backoffMillis, count);
  }

  /** Deaths from outside in the window now. */
  public int outsideInPeriod() {
    return outside.current();
  }

  /** Restarts in the intensity window now. */
  public int restartsInPeriod() {
    return window.current();
  }

  /** {@code 10 restarts in 60s} */
  public String budget() {
    return policy.describeBudget();
  }

  public int intensity() {
    return policy.intensity();
  }

  private String budgetPeriod() {
    return dev.faultline.config.Durations.format(policy.period());
  }
}
