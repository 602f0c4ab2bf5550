package dev.faultline.client;

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
  private static final String X_SECONDS =
      "seconds from the start of the run (by scheduled send time)";
  private static final double MAX_NINES = 5;

  private final JsonObject report;
  private final JsonObject targets;
  private final double seconds;

  ReportCharts(JsonObject report) {
    this.report = report;
    this.targets = report.getJsonObject("targets");
    this.seconds = Math.max(1, report.getJsonObject("run").getLong("durationMs", 1000L) / 1000.0);
  }

  String throughput() {
    SvgChart chart = timeChart("Correct answers per second (thin dashed: requests due)");
    double top = 1;
    for (String name : targets.fieldNames()) {
      top = Math.max(top, Math.max(max(name, "sent"), max(name, "ok")));
      chart.add(series(name + " due", name, "4 3", 1, r -> (double) r.getLong("sent")));
      chart.add(series(name + " ok", name, "", 2, r -> (double) r.getLong("ok")));
    }
    return decorate(chart.linearY(0, top * 1.1)).render();
  }

  String availability() {
    SvgChart chart =
        timeChart("Availability per second (% of requests without a fault answered correctly)");
    targets
        .fieldNames()
        .forEach(
            name ->
                chart.add(series(name, name, "", 2, r -> percent(r.getDouble("availability")))));
    return decorate(chart.linearY(0, 105)).render();
  }

  String latency() {
    SvgChart chart =
        timeChart(
            "Latency per second, ms, log scale (thick: p99, thin: p50, dotted: uncorrected p99)");
    double[] range = {Double.MAX_VALUE, 0};
    for (String name : targets.fieldNames()) {
      chart.add(series(name + " p50", name, "", 1, r -> ms(r, "p50", range)));
      chart.add(series(name + " p99", name, "", 2.5, r -> ms(r, "p99", range)));
      chart.add(
          series(name + " p99 uncorrected", name, "1 3", 1.5, r -> ms(r, "uncorrectedP99", range)));
    }
    return decorate(chart.logY(Math.min(range[0], 1), Math.max(range[1], 10))).render();
  }

  /** x is the number of nines of the percentile: 0 = p0, 1 = p90, 2 = p99, 3 = p99.9 ... */
  String distribution() {
    SvgChart chart =
        new SvgChart(
            "Latency distribution, ms, log scale (solid: corrected, dashed: uncorrected)",
            "percentile",
            0,
            MAX_NINES);
    List<SvgChart.Tick> ticks = new ArrayList<>();
    String[] labels = {"0%", "90%", "99%", "99.9%", "99.99%", "99.999%"};
    for (int i = 0; i < labels.length; i++) {
      ticks.add(new SvgChart.Tick(i, labels[i]));
    }
    double[] range = {Double.MAX_VALUE, 0};
    for (String name : targets.fieldNames()) {
      JsonObject d = targets.getJsonObject(name).getJsonObject("distribution");
      chart.add(
          new SvgChart.Series(
              name + " corrected", Colors.of(name, targets), "", 2, points(d, "corrected", range)));
      chart.add(
          new SvgChart.Series(
              name + " uncorrected",
              Colors.of(name, targets),
              "6 4",
              1.5,
              points(d, "uncorrected", range)));
    }
    return chart.xTicks(ticks).logY(Math.min(range[0], 1), Math.max(range[1], 10)).render();
  }

  private static List<double[]> points(JsonObject distribution, String kind, double[] range) {
    List<double[]> out = new ArrayList<>();
    for (Object o : distribution.getJsonArray(kind)) {
      JsonArray p = (JsonArray) o;
      double ms = p.getDouble(1);
      range[0] = Math.min(range[0], Math.max(ms, 0.01));
      range[1] = Math.max(range[1], ms);
      out.add(
          new double[] {
            Math.min(MAX_NINES, -Math.log10(Math.max(1e-9, 1 - p.getDouble(0) / 100))), ms
          });
    }
    return out;
  }

  private SvgChart timeChart(String title) {
    return new SvgChart(title, X_SECONDS, 0, seconds);
  }

  private SvgChart.Series series(
      String label, String target, String dash, double width, Function<JsonObject, Double> value) {
    List<double[]> points = new ArrayList<>();
    for (Object o : targets.getJsonObject(target).getJsonArray("timeline")) {
      JsonObject row = (JsonObject) o;
      Double v = value.apply(row);
      points.add(new double[] {row.getLong("second") + 0.5, v == null ? Double.NaN : v});
    }
    return new SvgChart.Series(label, Colors.of(target, targets), dash, width, points);
  }

  /** Fault moments as shaded bands, every target's events as markers in its colour. */
  private SvgChart decorate(SvgChart chart) {
    double width = Math.max(0.25, seconds / 200);
    for (Object o : report.getJsonObject("run").getJsonArray("faults")) {
      JsonObject f = (JsonObject) o;
      double at = f.getLong("atMs") / 1000.0;
      chart.band(new SvgChart.Band(at, at + width, f.getString("fault")));
    }
    targets.fieldNames().forEach(name -> events(chart, name));
    return chart;
  }

  /**
   * A marker per event; from a {@code died} to the next {@code back}, the target's downtime shaded.
   */
  private void events(SvgChart chart, String name) {
    String color = Colors.of(name, targets);
    double downSince = Double.NaN;
    for (Object o : targets.getJsonObject(name).getJsonArray("events")) {
      JsonObject e = (JsonObject) o;
      double at = e.getLong("atMs") / 1000.0;
      if (at > seconds) {
        break;
      }
      chart.marker(
          new SvgChart.Marker(
              at,
              color,
              name + " " + e.getString("kind") + " at " + at + " s: " + e.getString("detail")));
      if (e.getString("kind").equals("died")) {
        downSince = at;
      } else if (e.getString("kind").equals("back") && !Double.isNaN(downSince)) {
        chart.band(
            new SvgChart.Band(downSince, at, name + " down " + downSince + "-" + at + " s", color));
        downSince = Double.NaN;
      }
    }
    if (!Double.isNaN(downSince)) {
      chart.band(
          new SvgChart.Band(downSince, seconds, name + " down from " + downSince + " s", color));
    }
  }

  private double max(String target, String key) {
    double m = 0;
    for (Object o : targets.getJsonObject(target).getJsonArray("timeline")) {
      m = Math.max(m, ((JsonObject) o).getLong(key));
    }
    return m;
  }

  private static Double ms(JsonObject row, String key, double[] range) {
    Double v = row.getJsonObject("latencyMs").getDouble(key);
    if (v != null) {
      range[0] = Math.min(range[0], Math.max(v, 0.01));
      range[1] = Math.max(range[1], v);
    }
    return v;
  }

  private static Double percent(Double ratio) {
    return ratio == null ? null : ratio * 100;
  }
}
