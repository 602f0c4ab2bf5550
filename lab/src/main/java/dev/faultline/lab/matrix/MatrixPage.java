package dev.faultline.lab.matrix;

import dev.faultline.client.page.Chart;
import dev.faultline.client.page.HtmlTable;
import dev.faultline.client.page.Palette;
import dev.faultline.client.page.ReportPage;
import dev.faultline.client.page.Series;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code faultline matrix --report-html}: the matrix as a page, built from the report JSON and each
 * trial's samples CSV (named in the row's {@code logs}): the table, collateral failures and
 * recovery of every fault per mode, then one timeline per trial with every mode of it ({@link
 * TrialChart}). Modes and faults are the ones the rows hold, in their order.
 */
final class MatrixPage {
  private MatrixPage() {}

  static String render(JsonObject report) {
    List<JsonObject> rows =
        report.getJsonArray("rows").stream().map(JsonObject.class::cast).toList();
    List<String> modes = modes(rows);
    Map<String, List<JsonObject>> trials = trials(rows);
    List<Chart> timelines = new ArrayList<>();
    trials.values().forEach(t -> timelines.add(TrialChart.of(t, modes)));
    return new ReportPage("faultline matrix")
        .run(run(report.getJsonObject("run"), rows))
        .html(keys(modes))
        .section("Every fault, every mode")
        .table(table(rows))
        .chart(perFault(trials, modes, "collateralFailures", "Collateral failures in the window"))
        .chart(perFault(trials, modes, "recoveryMs", "Recovery, ms (no bar: never recovered)"))
        .section("Timelines: correct answers and failures per second around each injection")
        .paragraph(
            "Each mode is aligned on the moment its fault was sent (0 s); shaded: the window;"
                + " solid: correct answers per second, dashed: failures per second, counted by the"
                + " half second each background request was due.")
        .grid(timelines)
        .render();
  }

  private static String run(JsonObject run, List<JsonObject> rows) {
    return String.format(
        Locale.ROOT,
        "Run %s on %s, %.1f s; %d rows, %d valid; %d units per server, %.0f req/s of background"
            + " load per server; warm-up %s, baseline %s, window %s; seed %d",
        run.getString("startedAt"),
        run.getString("machine"),
        run.getLong("durationMs") / 1000.0,
        rows.size(),
        rows.stream().filter(r -> r.getBoolean("valid")).count(),
        run.getInteger("workers"),
        run.getDouble("rate"),
        run.getString("warmup"),
        run.getString("baseline"),
        run.getString("window"),
        run.getLong("seed"));
  }

  private static List<String> modes(List<JsonObject> rows) {
    LinkedHashSet<String> modes = new LinkedHashSet<>();
    rows.forEach(r -> modes.add(r.getString("mode")));
    return List.copyOf(modes);
  }

  /** Rows by trial (its directory), in order: a fault listed twice is two trials. */
  private static Map<String, List<JsonObject>> trials(List<JsonObject> rows) {
    Map<String, List<JsonObject>> trials = new LinkedHashMap<>();
    rows.forEach(
        r ->
            trials
                .computeIfAbsent(
                    r.getString("logs") + "|" + r.getString("spec"), k -> new ArrayList<>())
                .add(r));
    return trials;
  }

  private static String keys(List<String> modes) {
    StringBuilder b = new StringBuilder("<p>");
    modes.forEach(
        m ->
            b.append("<span class=\"key\" style=\"background:")
                .append(Palette.of(m, modes))
                .append("\"></span>")
                .append(m)
                .append(" &nbsp; "));
    return b.append("</p>").toString();
  }

  private static HtmlTable table(List<JsonObject> rows) {
    HtmlTable t =
        new HtmlTable(
            List.of(
                "fault",
                "mode",
                "valid",
                "survived",
                "collateral",
                "wrong",
                "recovery ms",
                "capacity lost",
                "p99 base ms",
                "p99 window ms",
                "fault request got"));
    for (JsonObject r : rows) {
      boolean valid = r.getBoolean("valid");
      Long recovery = r.getLong("recoveryMs");
      t.row(
          List.of(
              r.getString("spec"),
              r.getString("mode"),
              valid
                  ? HtmlTable.cell("yes", null)
                  : HtmlTable.cell("NO: " + r.getString("invalidReason"), "fail"),
              r.getBoolean("serverSurvived") ? "yes" : HtmlTable.cell("no", "fail"),
              r.getInteger("collateralFailures"),
              r.getInteger("wrongAnswers"),
              recovery == null ? "never" : recovery,
              r.getInteger("capacityLost"),
              ms(r.getDouble("baselineP99Ms")),
              ms(r.getDouble("windowP99Ms")),
              HtmlTable.cell(r.getString("faultAnswer"), "text")));
    }
    return t;
  }

  /** One slot per trial, a bar per mode; a mode without a value (not run, never) has no bar. */
  private static Chart perFault(
      Map<String, List<JsonObject>> trials, List<String> modes, String field, String title) {
    List<String> labels = new ArrayList<>();
    trials.values().forEach(t -> labels.add(t.get(0).getString("fault")));
    Chart chart =
        Chart.categories(title, "fault", field.endsWith("Ms") ? "ms" : "requests", labels);
    for (String mode : modes) {
      List<Double> v = new ArrayList<>();
      for (List<JsonObject> t : trials.values()) {
        v.add(value(t, mode, field));
      }
      chart.add(Series.bars(mode, Palette.of(mode, modes), v));
    }
    return chart.groupBars();
  }

  /** The field of the mode's valid row in the trial, or null (no such row, or a null value). */
  private static Double value(List<JsonObject> trial, String mode, String field) {
    for (JsonObject r : trial) {
      if (r.getString("mode").equals(mode) && r.getBoolean("valid")) {
        Object o = r.getValue(field);
        return o == null ? null : ((Number) o).doubleValue();
      }
    }
    return null;
  }

  private static String ms(Double v) {
    return v == null ? "-" : String.format(Locale.ROOT, "%.1f", v);
  }
}
