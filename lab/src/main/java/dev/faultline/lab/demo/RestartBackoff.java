package dev.faultline.lab.demo;

import java.time.Duration;

/**
 * How long the root waits before it restarts a server that died, as systemd's {@code RestartSec}
 * that grows: the first restart is at once (one crash should cost as little as possible), each
 * further death in a row doubles the wait from {@link #FIRST} up to {@link #MAX}, and a server that
 * stayed up for {@link #RESET_AFTER} starts the count over. A server that dies on every start is
 * thus retried every {@link #MAX}, not in a tight loop.
 */
final class RestartBackoff {
  static final Duration FIRST = Duration.ofMillis(500);
  static final Duration MAX = Duration.ofSeconds(10);
  static final Duration RESET_AFTER = Duration.ofSeconds(30);

  private int deathsInRow;

  /** A death after {@code uptime}: the wait before the restart. */
  Duration afterDeath(Duration uptime) {
    if (uptime.compareTo(RESET_AFTER) >= 0) {
      deathsInRow = 0;
    }
    deathsInRow++;
    if (deathsInRow == 1) {
      return Duration.ZERO;
    }
    long millis = FIRST.toMillis() << Math.min(deathsInRow - 2, 20);
    return Duration.ofMillis(Math.min(millis, MAX.toMillis()));
  }
}
