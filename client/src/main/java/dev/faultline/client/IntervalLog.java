package dev.faultline.client;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

/**
 * The HdrHistogram interval log of a run (the format HistogramLogProcessor and HdrHistogram's
 * plotters read): one interval per second per target, tagged with the target's name for the
 * corrected latency and {@code <name>.uncorrected} for latency from the actual send, values in
 * microseconds, start times in seconds from the start of the run. Each interval is encoded
 * (compressed) as its second closes.
 */
final class IntervalLog {
  private final String target;

  /** Encoded intervals by second, each the corrected line then the uncorrected one. */
  final Map<Long, String> lines = new TreeMap<>();

  IntervalLog(String target) {
    this.target = target;
  }

  void interval(long second, Histogram corrected, Histogram uncorrected) {
    lines.put(
        second,
        encode(second, corrected, target) + encode(second, uncorrected, target + ".uncorrected"));
  }

  /** A whole log: the header, then every target's intervals, second by second. */
  static String write(long startEpochMs, Iterable<IntervalLog> targets) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HistogramLogWriter w =
        new HistogramLogWriter(new PrintStream(out, true, StandardCharsets.UTF_8));
    w.outputComment(
        "faultline load: latency in microseconds per second of the run; tag = target "
            + "(corrected, from the scheduled send) or target.uncorrected (from the actual send)");
    w.outputLogFormatVersion();
    w.outputStartTime(startEpochMs);
    w.outputLegend();
    Map<Long, StringBuilder> bySecond = new TreeMap<>();
    targets.forEach(
        t ->
            t.lines.forEach(
                (s, l) -> bySecond.computeIfAbsent(s, k -> new StringBuilder()).append(l)));
    StringBuilder all = new StringBuilder(out.toString(StandardCharsets.UTF_8));
    bySecond.values().forEach(all::append);
    return all.toString();
  }

  private static String encode(long second, Histogram h, String tag) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HistogramLogWriter w =
        new HistogramLogWriter(new PrintStream(out, true, StandardCharsets.UTF_8));
    h.setTag(tag);
    w.outputIntervalHistogram(second, second + 1, h, 1000.0);
    return out.toString(StandardCharsets.UTF_8);
  }
}
