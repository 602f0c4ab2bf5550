package dev.faultline.lab.matrix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a trial leaves in its directory for a reader who wants to check a row: the wall-clock times
 * of its phases (in the servers' log, next to their own lines) and every background request as CSV
 * ({@code dueMs,latencyMs,outcome}).
 */
final class TrialLog {
  private TrialLog() {}

  /**
   * {@code [matrix] exit: load from 06:25:50.123, baseline from ..., until ...; the fault follows
   * its answers}
   */
  static String phases(String spec, Timeline t, long startNanos) {
    Instant start = Instant.now().plusNanos(startNanos - System.nanoTime());
    return "[matrix] "
        + spec
        + ": load from "
        + clock(start)
        + ", baseline from "
        + clock(start.plusNanos(t.baselineStart()))
        + " until "
        + clock(start.plusNanos(t.baselineEnd()))
        + "; the fault follows the baseline's last answer";
  }

  /** {@code [matrix] 06:25:53.130 exit: fault sent to the thread server} */
  static String event(String text) {
    return "[matrix] " + clock(Instant.now()) + " " + text;
  }

  /** {@code <trial dir>/<server>-samples.csv}: where a server's background requests are kept. */
  static Path samplesFile(Path trialDir, String server) {
    return trialDir.resolve(server + "-samples.csv");
  }

  static void writeSamples(Path file, List<Sample> samples) throws IOException {
    String rows =
        samples.stream()
            .map(
                s ->
                    String.format(
                        Locale.ROOT,
                        "%.3f,%.3f,%s",
                        s.scheduledNanos() / 1e6,
                        s.latencyMicros() / 1e3,
                        s.correct() ? "ok" : s.errorClass()))
            .collect(Collectors.joining("\n"));
    Files.writeString(file, "dueMs,latencyMs,outcome\n" + rows + "\n");
  }

  private static String clock(Instant at) {
    return LocalTime.ofInstant(at, ZoneId.systemDefault())
        .truncatedTo(ChronoUnit.MILLIS)
        .toString();
  }
}
