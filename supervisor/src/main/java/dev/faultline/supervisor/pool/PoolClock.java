package dev.faultline.supervisor.pool;

import java.time.Clock;
import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * The pool's two clocks: monotonic nanoseconds for its timeouts and ages, wall time for reports and
 * the windows of its rules (restart budget, quarantine, circuit breakers). Injected, so unit tests
 * move both by hand and never sleep.
 */
record PoolClock(Clock wall, LongSupplier monotonic) {
  static PoolClock system() {
    return new PoolClock(Clock.systemUTC(), System::nanoTime);
  }

  long nanos() {
    return monotonic.getAsLong();
  }

  /** The wall-clock time of an earlier {@link #nanos()} reading. */
  Instant instantOf(long nanos) {
    return wall.instant().minusNanos(nanos() - nanos);
  }
}
