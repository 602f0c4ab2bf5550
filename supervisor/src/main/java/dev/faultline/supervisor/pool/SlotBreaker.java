package dev.faultline.supervisor.pool;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps dispatch away from a slot whose workers keep dying (Resilience4j {@link CircuitBreaker}).
 * Each job a slot's worker answers counts as a success, each death of its worker as a failure; when
 * more than half of the last {@value #WINDOW} outcomes (at least {@value #MINIMUM}) are deaths, the
 * breaker opens and the dispatcher skips the slot for {@value #OPEN_SECONDS} s, then lets {@value
 * #TRIAL_CALLS} jobs through to test it. A job that fails by itself (an exception) is the request's
 * fault, not the slot's, and counts as a success.
 */
final class SlotBreaker {
  static final int WINDOW = 20;
  static final int MINIMUM = 10;
  static final int OPEN_SECONDS = 10;
  static final int TRIAL_CALLS = 2;
  private static final Logger LOG = LoggerFactory.getLogger("pool");

  private final CircuitBreaker breaker;

  SlotBreaker(int slotId, Clock clock) {
    CircuitBreakerConfig config =
        CircuitBreakerConfig.custom()
            .slidingWindow(WINDOW, MINIMUM, SlidingWindowType.COUNT_BASED)
            .failureRateThreshold(50)
            .waitDurationInOpenState(Duration.ofSeconds(OPEN_SECONDS))
            .permittedNumberOfCallsInHalfOpenState(TRIAL_CALLS)
            .clock(clock)
            .build();
    this.breaker = CircuitBreaker.of("slot-" + slotId, config);
    breaker
        .getEventPublisher()
        .onStateTransition(
            e ->
                LOG.warn(
                    "slot {}: circuit breaker {} ({})",
                    slotId,
                    e.getStateTransition().getToState().name().toLowerCase(),
                    describe(e.getStateTransition())));
  }

  private static String describe(CircuitBreaker.StateTransition t) {
    return switch (t.getToState()) {
      case OPEN -> "its workers keep dying; dispatch avoids it for " + OPEN_SECONDS + " s";
      case HALF_OPEN -> "trying it again with " + TRIAL_CALLS + " jobs";
      case CLOSED -> "healthy again";
      default -> t.name();
    };
  }

  /** May a job go to this slot now? Consumes a trial permit when half open. */
  boolean allowsDispatch() {
    return breaker.tryAcquirePermission();
  }

  void jobAnswered() {
    breaker.onSuccess(0, TimeUnit.NANOSECONDS);
  }

  void workerDied(String cause) {
    breaker.onError(0, TimeUnit.NANOSECONDS, new IllegalStateException(cause));
  }

  String state() {
    return breaker.getState().name().toLowerCase();
  }
}
