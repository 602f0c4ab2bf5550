package dev.faultline.lab.matrix;

import java.util.Comparator;
import java.util.List;

/**
 * When the background load recovered from an injection: the first request after the window's first
 * failure that begins a full streak of correct answers (every request due within {@value
 * #STREAK_MS} ms from it), wholly inside the window. Null if there is none: the service did not
 * recover within the window. A fault may take a while to do its damage, so a streak before the
 * first failure is not a recovery; with no failure at all in the window it is the first request
 * after the injection (a few ms: the gap between two requests).
 */
final class Recovery {
  static final long STREAK_MS = 1_000;

  private Recovery() {}

  /**
   * @return ms from the injection to the start of the streak, or null
   */
  static Long millis(List<Sample> samples, Timeline t) {
    List<Sample> window =
        samples.stream()
            .filter(t::inWindow)
            .sorted(Comparator.comparingLong(Sample::scheduledNanos))
            .toList();
    long firstFailureAt =
        window.stream()
            .filter(s -> !s.correct())
            .mapToLong(Sample::scheduledNanos)
            .findFirst()
            .orElse(Long.MIN_VALUE);
    long streakNanos = STREAK_MS * 1_000_000;
    long nextFailureAt = Long.MAX_VALUE;
    Long best = null;
    for (int i = window.size() - 1; i >= 0; i--) { // right to left: the next failure is known
      Sample s = window.get(i);
      long at = s.scheduledNanos();
      if (!s.correct()) {
        nextFailureAt = at;
      } else if (at > firstFailureAt
          && at + streakNanos <= t.windowEnd()
          && nextFailureAt > at + streakNanos) {
        best = (at - t.injectAt()) / 1_000_000;
      }
    }
    return best;
  }
}
