package dev.faultline.supervisor.restart;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Erlang/OTP's restart intensity: the restarts of the last {@code period}, across the whole pool. A
 * restart that makes their number exceed {@code intensity} exceeds the budget. Pure: the clock is
 * injected, so it is tested without processes or sleeps.
 */
final class RestartWindow {
  private final int intensity;
  private final Duration period;
  private final Clock clock;
  private final Deque<Instant> restarts = new ArrayDeque<>();

  RestartWindow(int intensity, Duration period, Clock clock) {
    this.intensity = intensity;
    this.period = period;
    this.clock = clock;
  }

  /** Counts one restart now; returns how many fall in the window, this one included. */
  int record() {
    Instant now = clock.instant();
    restarts.addLast(now);
    forgetBefore(now.minus(period));
    return restarts.size();
  }

  int intensity() {
    return intensity;
  }

  boolean exceeded(int count) {
    return count > intensity;
  }

  /** Restarts in the window right now, without counting one. */
  int current() {
    forgetBefore(clock.instant().minus(period));
    return restarts.size();
  }

  /** A pool that paused starts over with a whole budget when it recovers. */
  void clear() {
    restarts.clear();
  }

  private void forgetBefore(Instant oldest) {
    while (!restarts.isEmpty() && !restarts.peekFirst().isAfter(oldest)) {
      restarts.removeFirst();
    }
  }
}
