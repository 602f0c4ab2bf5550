package dev.faultline.client;

import dev.faultline.config.Target;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One compact line per second per target: what happened in that second (requests that came due,
 * answers that came in, their corrected p99), plus what is outstanding. {@code [load] 5s thread
 * sent 100 ok 97 failed 3 p99 12.31 ms in flight 2 late 4}
 */
final class ProgressPrinter {
  private final Consumer<String> console;

  ProgressPrinter(Consumer<String> console) {
    this.console = console;
  }

  void second(long second, Map<Target, TargetStats> stats) {
    print(second + "s", stats);
  }

  /** The partial second at the end of the run, if anything happened in it. */
  void last(long elapsedNanos, Map<Target, TargetStats> stats) {
    if (stats.values().stream()
        .anyMatch(s -> s.sentThisSecond + s.okThisSecond + s.failedThisSecond > 0)) {
      print(String.format(Locale.ROOT, "%.1fs", elapsedNanos / 1e9), stats);
    }
  }

  private void print(String at, Map<Target, TargetStats> stats) {
    stats.forEach(
        (target, s) -> {
          console.accept(
              String.format(
                  Locale.ROOT,
                  "[load] %5s %-8s sent %5d ok %5d failed %5d p99 %9s ms%s%s%s",
                  at,
                  target.name(),
                  s.sentThisSecond,
                  s.okThisSecond,
                  s.failedThisSecond,
                  p99(s),
                  extra("in flight", s.inFlight),
                  extra("waiting", s.waiting),
                  extra("late", s.lateThisSecond)));
          s.resetSecond();
        });
  }

  /** Of the answers to requests without a fault that came in this second; "-" when none did. */
  private static String p99(TargetStats s) {
    return s.lastSecond.getTotalCount() == 0
        ? "-"
        : String.format(Locale.ROOT, "%.2f", s.lastSecond.getValueAtPercentile(99) / 1000.0);
  }

  private static String extra(String label, long n) {
    return n > 0 ? "  " + label + " " + n : "";
  }
}
