package dev.faultline.supervisor.restart;

import dev.faultline.config.RestartPolicy;
import java.time.Clock;
import java.time.Duration;

/**
 * The restart decision, one place: a worker left; replace it (after which backoff), leave it, or
 * halt the pool. Crashes after boot spend the pool-wide budget ({@code intensity} restarts per
 * {@code period}, as Erlang/OTP); boot failures are bounded per place instead, so a worker that
 * cannot start never becomes a fork bomb. The first crash of a slot is replaced at once (a worker
 * is ready in a few hundred milliseconds, and one crash says nothing about the next); the backoff
 * starts with the second crash in a row. Pure apart from the backoff's jitter.
 */
public final class RestartPlanner {
  private final RestartPolicy policy;
  private final RestartWindow window;
  private final SlotBackoff backoff;

  public RestartPlanner(RestartPolicy policy, Clock clock) {
    this.policy = policy;
    this.window = new RestartWindow(policy.intensity(), policy.period(), clock);
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
    };
  }

  private RestartPlan afterBootFailure(RestartHistory history) {
    int failures = ++history.consecutiveBootFailures;
    if (failures >= policy.maxBootFailures()) {
      return RestartPlan.halt(
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
    int count = window.record();
    if (window.exceeded(count)) {
      return RestartPlan.halt(
          count,
          count
              + " restarts within "
              + budgetPeriod()
              + " exceed the restart budget of "
              + policy.describeBudget());
    }
    history.restarts++;
    return RestartPlan.replace(inRow == 1 ? 0 : backoff.delayMillis(inRow - 1), count);
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
