package dev.faultline.client;

import dev.faultline.client.page.Chart;
import dev.faultline.client.page.Palette;
import dev.faultline.client.page.Series;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The charts of the HTML report, every target overlaid in its own colour: correct answers per
 * second, availability per second, latency percentiles per second, and the latency distribution
 * (corrected solid, uncorrected dashed). Fault moments are shaded and target events (server
 * restarts) marked on every timeline chart. Reads only the report JSON.
 */
final class ReportCharts {
  private static final String X_SECONDS = "seconds from the start (by scheduled send time)";
  private static final double MAX_NINES = 5;
  private static final String[] NINES = {"0%", "90%", "99%", "99.9%", "99.99%", "99.999%"};

  private final JsonObject report;
  private final JsonObject targets;
  private final List<String> names;
  private final double seconds;

  ReportCharts(JsonObject report) {
    this.report = report;
    this.targets = report.getJsonObject("targets");
    this.names = List.copyOf(targets.fieldNames());
    this.seconds = Math.max(1, report.getJsonObject("run").getLong("durationMs", 1000L) / 1000.0);
  }

  String color(String target) {
    return Palette.of(target, names);
  }

  Chart throughput() {
    Chart chart = timeChart("Correct answers per second (thin dashed: requests due)", "per second");
    for (String name : names) {
      chart.add(series(name + " due", name, r -> (double) r.getLong("sent")).width(1).dashed(4, 3));
      chart.add(series(name + " ok", name, r -> (double) r.getLong("ok")));
    }
    return decorate(chart);
  }

  Chart availability() {
    Chart chart =
        timeChart(
            "Availability per second (% of requests without a fault answered correctly)", "%");
    names.forEach(name -> chart.add(series(name, name, r -> percent(r.getDouble("availability")))));
    return decorate(chart.yRange(0, 105));
  }

  Chart latency() {
    Chart chart =
        timeChart(
            "Latency per second, log scale (thick: p99, thin: p50, dotted: uncorrected p99)", "ms");
    for (String name : names) {
      chart.add(series(name + " p50", name, r -> ms(r, "p50")).width(1));
      chart.add(series(name + " p99", name, r -> ms(r, "p99")).width(2.5));
      chart.add(
          series(name + " p99 uncorrected", name, r -> ms(r, "uncorrectedP99"))
              .width(1.5)
              .dashed(1, 3));
    }
    return decorate(chart.logY());
  }

  /**
   * One line per target and kind over the percentiles, x the number of nines of the percentile (0 =
   * p0, 1 = p90, 2 = p99 ...), each line's points at its own percentiles, merged on one x axis.
   */
  Chart distribution() {
    List<List<double[]>> lines = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<String> colors = new ArrayList<>();
    for (String name : names) {
      JsonObject d = targets.getJsonObject(name).getJsonObject("distribution");
      for (String kind : List.of("corrected", "uncorrected")) {
        lines.add(points(d.getJsonArray(kind)));
        labels.add(name + " " + kind);
        colors.add(color(name));
      }
    }
    List<Double> x =
        lines.stream().flatMap(List::stream).map(p -> p[0]).distinct().sorted().toList();
    Chart chart =
        Chart.xy(
            "Latency distribution, log scale (solid: corrected, dashed: uncorrected)",
            "percentile",
            "ms",
            x);
    for (int i = 0; i < lines.size(); i++) {
      Series s = Series.line(labels.get(i), colors.get(i), at(x, lines.get(i)));
      chart.add(i % 2 == 0 ? s : s.width(1.5).dashed(6, 4));
    }
    for (int i = 0; i < NINES.length; i++) {
      chart.xTick(i, NINES[i]);
    }
    return chart.logY();
  }

  private static List<double[]> points(JsonArray distribution) {
    List<double[]> out = new ArrayList<>();
    for (Object o : distribution) {
      JsonArray p = (JsonArray) o;
      double nines = -Math.log10(Math.max(1e-9, 1 - p.getDouble(0) / 100));
      out.add(new double[] {Math.min(MAX_NINES, nines), p.getDouble(1)});
    }
    return out;
  }

  /** The line's value at each x, null where it has no point. */
  private static List<Double> at(List<Double> x, List<double[]> line) {
    List<Double> v = new ArrayList<>();
    for (double at : x) {
      v.add(line.stream().filter(p -> p[0] == at).map(p -> p[1]).findFirst().orElse(null));
    }
    return v;
  }

  private Chart timeChart(String title, String yLabel) {
    List<Double> x = new ArrayList<>();
    for (Object o : targets.getJsonObject(names.get(0)).getJsonArray("timeline")) {
      x.add(((JsonObject) o).getLong("second") + 0.5);
    }
    return Chart.xy(title, X_SECONDS, yLabel, x);
  }

  /** The target's value per second of the first target's timeline (null where it has none). */
  private Series series(String label, String target, Function<JsonObject, Double> value) {
    List<Double> v = new ArrayList<>();
    JsonArray own = targets.getJsonObject(target).getJsonArray("timeline");
    for (Object o : targets.getJsonObject(names.get(0)).getJsonArray("timeline")) {
      long second = ((JsonObject) o).getLong("second");
      v.add(
          own.stream()
              .map(JsonObject.class::cast)
              .filter(r -> r.getLong("second") == second)
              .findFirst()
              .map(value)
              .orElse(null));
    }
    return Series.line(label, color(target), v);
  }

  /** Fault moments as shaded bands, every target's events as markers in its colour. */
  private Chart decorate(Chart chart) {
    double width = Math.max(0.25, seconds / 200);
    for (Object o : report.getJsonObject("run").getJsonArray("faults")) {
      JsonObject f = (JsonObject) o;
      double at = f.getLong("atMs") / 1000.0;
      chart.band(at, at + width, f.getString("fault"), null);
    }
    names.forEach(name -> events(chart, name));
    return chart;
  }

  /** A marker per event; from a {@code died} to the next {@code back}, the target's downtime. */
  private void events(Chart chart, String name) {
    double downSince = Double.NaN;
    for (Object o : targets.getJsonObject(name).getJsonArray("events")) {
      JsonObject e = (JsonObject) o;
      double at = e.getLong("atMs") / 1000.0;
      if (at > seconds) {
        break;
      }
      chart.marker(at, name + " " + e.getString("kind"), color(name));
      if (e.getString("kind").equals("died")) {
        downSince = at;
      } else if (e.getString("kind").equals("back") && !Double.isNaN(downSince)) {
        chart.band(downSince, at, name + " down", color(name));
        downSince = Double.NaN;
      }
    }
    if (!Double.isNaN(downSince)) {
      chart.band(downSince, seconds, name + " down", color(name));
    }
  }

  private static Double ms(JsonObject row, String key) {
    return row.getJsonObject("latencyMs").getDouble(key);
  }

  private static Double percent(Double ratio) {
    return ratio == null ? null : ratio * 100;
  }
}
