package dev.faultline.supervisor.restart;

import dev.faultline.config.RestartPolicy;
import io.github.resilience4j.core.IntervalFunction;

/**
 * Delay before a slot's next start: exponential in the slot's consecutive failures, capped, with
 * random jitter so slots that failed together do not restart in lockstep (Resilience4j's {@link
 * IntervalFunction}).
 */
final class SlotBackoff {
  private final IntervalFunction delays;

  SlotBackoff(RestartPolicy policy) {
    this.delays =
        IntervalFunction.ofExponentialRandomBackoff(
            policy.backoffInitial(),
            policy.backoffMultiplier(),
            policy.backoffJitter(),
            policy.backoffMax());
  }

  /**
   * @param attempt 1 for the first restart after a healthy run
   */
  long delayMillis(int attempt) {
    return delays.apply(Math.max(1, attempt));
  }
}
