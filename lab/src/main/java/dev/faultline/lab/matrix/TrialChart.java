package dev.faultline.lab.matrix;

import dev.faultline.client.page.Chart;
import dev.faultline.client.page.Palette;
import dev.faultline.client.page.Series;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The timeline of one trial, every mode of it on one chart, each aligned on its own injection (x =
 * 0): correct answers and failures per second of its background requests (from the trial's CSV, by
 * the second each was due), from the baseline's start to the window's end; the window shaded, and
 * each mode's recovery marked. A half second only partly inside a mode's baseline-to-window span
 * has no value for that mode (a gap, not a dip the run did not have). Rows that did not run have no
 * phases and draw nothing.
 */
final class TrialChart {
  static final long BUCKET_MS = 500;

  private TrialChart() {}

  static Chart of(List<JsonObject> rows, List<String> modes) {
    List<JsonObject> ran = rows.stream().filter(r -> r.getJsonObject("phasesMs") != null).toList();
    double from =
        ran.stream()
            .mapToDouble(r -> phase(r, "baselineStart") - phase(r, "inject"))
            .min()
            .orElse(0);
    double to =
        ran.stream()
            .mapToDouble(r -> phase(r, "windowEnd") - phase(r, "inject"))
            .max()
            .orElse(1000);
    long first = (long) Math.floor(from / BUCKET_MS);
    long last = (long) Math.ceil(to / BUCKET_MS);
    List<Double> x = new ArrayList<>();
    for (long b = first; b < last; b++) {
      x.add((b + 0.5) * BUCKET_MS / 1000.0);
    }
    Chart chart =
        Chart.xy(title(rows), "seconds from the injection", "requests per second", x)
            .band(0, to / 1000, "window", null)
            .marker(0, "fault sent", null);
    for (JsonObject r : ran) {
      add(chart, r, Palette.of(r.getString("mode"), modes), first, x.size());
    }
    return chart;
  }

  private static void add(Chart chart, JsonObject row, String color, long first, int buckets) {
    double[] ok = new double[buckets];
    double[] failed = new double[buckets];
    double inject = phase(row, "inject");
    double start = phase(row, "baselineStart");
    for (String line : lines(TrialLog.samplesFile(Path.of(row.getString("logs")), mode(row)))) {
      String[] f = line.split(",", 3);
      double due = Double.parseDouble(f[0]);
      int b = (int) (Math.floor((due - inject) / BUCKET_MS) - first);
      if (due >= start && b >= 0 && b < buckets) {
        (f[2].equals("ok") ? ok : failed)[b] += 1000.0 / BUCKET_MS;
      }
    }
    Span span = new Span(start - inject, phase(row, "windowEnd") - inject, first);
    String m = mode(row);
    chart.add(Series.line(m + " correct/s", color, span.values(ok)));
    chart.add(Series.line(m + " failed/s", color, span.values(failed)).width(1.5).dashed(5, 3));
    Long recovery = row.getLong("recoveryMs");
    if (recovery != null) {
      chart.marker(recovery / 1000.0, m + " recovered", color);
    }
  }

  /** {@code exit: thread died, 150 failed, never recovered; process survived, 0 failed, ...} */
  private static String title(List<JsonObject> rows) {
    StringBuilder t = new StringBuilder(rows.get(0).getString("spec")).append(": ");
    for (JsonObject r : rows) {
      t.append(r == rows.get(0) ? "" : "; ").append(mode(r)).append(' ');
      if (!r.getBoolean("valid")) {
        t.append("invalid");
        continue;
      }
      Long rec = r.getLong("recoveryMs");
      t.append(r.getBoolean("serverSurvived") ? "survived" : "died")
          .append(String.format(Locale.ROOT, ", %d failed, ", r.getInteger("collateralFailures")))
          .append(rec == null ? "never recovered" : "recovered in " + rec + " ms");
    }
    return t.toString();
  }

  /** A mode's measured span, ms from its injection; buckets counted from {@code first}. */
  private record Span(double from, double to, long first) {
    /** The rate of each bucket wholly inside the span, null for the others. */
    List<Double> values(double[] perBucket) {
      List<Double> out = new ArrayList<>();
      for (int i = 0; i < perBucket.length; i++) {
        double bucketStart = (first + i) * (double) BUCKET_MS;
        boolean whole = bucketStart >= from && bucketStart + BUCKET_MS <= to;
        out.add(whole ? perBucket[i] : null);
      }
      return out;
    }
  }

  private static String mode(JsonObject row) {
    return row.getString("mode");
  }

  private static double phase(JsonObject row, String name) {
    return row.getJsonObject("phasesMs").getDouble(name);
  }

  /** The CSV's data lines; none when the trial left no file. */
  private static List<String> lines(Path csv) {
    try {
      return Files.exists(csv) ? Files.readAllLines(csv).stream().skip(1).toList() : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
