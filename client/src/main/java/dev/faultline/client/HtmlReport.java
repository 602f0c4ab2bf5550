package dev.faultline.client;

import dev.faultline.client.page.Html;
import dev.faultline.client.page.HtmlTable;
import dev.faultline.client.page.ReportPage;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTML report: one self-contained page ({@link ReportPage}: uPlot inlined, nothing fetched)
 * with what the run was, the side-by-side table, the thresholds, why corrected and uncorrected
 * latency differ, the charts with every target overlaid, the targets' events, and the error classes
 * with their meaning.
 */
final class HtmlReport {
  private HtmlReport() {}

  static String render(JsonObject report) {
    ReportCharts charts = new ReportCharts(report);
    return new ReportPage("faultline load report")
        .html(header(report, charts))
        .section("Summary")
        .html(summary(report, charts))
        .html(thresholds(report.getJsonArray("thresholds")))
        .section("Corrected and uncorrected latency")
        .html(note(report))
        .section("Over time")
        .chart(charts.throughput())
        .chart(charts.availability())
        .chart(charts.latency())
        .section("Latency distribution")
        .chart(charts.distribution())
        .html(events(report.getJsonObject("targets")))
        .section("Failures by class")
        .html(errorClasses(report.getJsonObject("targets")))
        .paragraph(
            "Timelines count each request in the second it was scheduled to leave. Shaded yellow:"
                + " a fault was sent to every target; shaded in a target's colour: that target was"
                + " down; dashed lines: a target's events.")
        .render();
  }

  private static String header(JsonObject report, ReportCharts charts) {
    JsonObject run = report.getJsonObject("run");
    JsonObject targets = report.getJsonObject("targets");
    StringBuilder keys = new StringBuilder();
    targets
        .fieldNames()
        .forEach(
            n ->
                keys.append("<span class=\"key\" style=\"background:")
                    .append(charts.color(n))
                    .append("\"></span>")
                    .append(Html.escape(n))
                    .append(" &nbsp; "));
    return "<p class=\"run\">" + Html.escape(describe(run)) + "</p><p>" + keys + "</p>";
  }

  static String describe(JsonObject run) {
    Double rate = run.getDouble("rate");
    Double end = run.getDouble("endRate");
    String pace =
        rate == null
            ? "as fast as answers come"
            : end != null && !end.equals(rate)
                ? fmt(rate) + " to " + fmt(end) + " req/s"
                : fmt(rate) + " req/s";
    StringBuilder faults = new StringBuilder();
    for (Object o : run.getJsonArray("faults")) {
      JsonObject f = (JsonObject) o;
      faults
          .append(faults.length() == 0 ? "" : ", ")
          .append(f.getString("fault"))
          .append(" at ")
          .append(fmt(f.getLong("atMs") / 1000.0))
          .append(" s");
    }
    return run.getString("model")
        + ", "
        + pace
        + " to each target for "
        + run.getString("duration")
        + ", cost "
        + run.getInteger("cost")
        + ", seed "
        + run.getLong("seed")
        + "; faults: "
        + (faults.length() == 0 ? "none" : faults)
        + "; started "
        + Instant.ofEpochMilli(run.getLong("startEpochMs", 0L));
  }

  private static String summary(JsonObject report, ReportCharts charts) {
    JsonObject targets = report.getJsonObject("targets");
    Map<String, JsonObject> byName = new LinkedHashMap<>();
    targets.fieldNames().forEach(n -> byName.put(n, targets.getJsonObject(n)));
    StringBuilder t = new StringBuilder("<table><tr><th></th>");
    byName
        .keySet()
        .forEach(
            n ->
                t.append("<th><span class=\"key\" style=\"background:")
                    .append(charts.color(n))
                    .append("\"></span>")
                    .append(Html.escape(n))
                    .append("</th>"));
    t.append("</tr>");
    for (List<String> line : ReportTable.lines(byName)) {
      String label = line.get(0);
      t.append("<tr><td")
          .append(label.startsWith(" ") ? " class=\"sub\"" : "")
          .append(">")
          .append(Html.escape(label.trim()))
          .append("</td>");
      line.subList(1, line.size())
          .forEach(cell -> t.append("<td>").append(Html.escape(cell)).append("</td>"));
      t.append("</tr>");
    }
    return t.append("</table>").toString();
  }

  private static String thresholds(JsonArray results) {
    if (results == null || results.isEmpty()) {
      return "";
    }
    StringBuilder t =
        new StringBuilder(
            "<h2>Thresholds</h2><table><tr><th>threshold</th><th>actual</th><th>result</th></tr>");
    for (Object o : results) {
      JsonObject r = (JsonObject) o;
      boolean passed = r.getBoolean("passed");
      Double actual = r.getDouble("actual");
      t.append("<tr><td>")
          .append(Html.escape(r.getString("threshold")))
          .append("</td><td>")
          .append(actual == null ? "no data" : fmt(actual))
          .append("</td><td class=\"")
          .append(passed ? "pass" : "fail")
          .append("\">")
          .append(passed ? "passed" : "FAILED")
          .append("</td></tr>");
    }
    return t.append("</table>").toString();
  }

  private static String note(JsonObject report) {
    StringBuilder p =
        new StringBuilder("<p>")
            .append(Html.escape(CoordinatedOmissionNote.DEFINITION))
            .append("</p>");
    JsonObject targets = report.getJsonObject("targets");
    List<String> sentences = CoordinatedOmissionNote.sentences(report);
    int i = 0;
    for (String name : targets.fieldNames()) {
      boolean biased = CoordinatedOmissionNote.biased(targets.getJsonObject(name));
      p.append("<p")
          .append(biased ? " class=\"note\"" : "")
          .append(">")
          .append(Html.escape(sentences.get(i++)))
          .append("</p>");
    }
    return p.toString();
  }

  /** Every target's events (server deaths, comebacks) with their details. */
  private static String events(JsonObject targets) {
    HtmlTable t = new HtmlTable(List.of("target", "at s", "event", "detail"));
    int n = 0;
    for (String name : targets.fieldNames()) {
      for (Object o : targets.getJsonObject(name).getJsonArray("events")) {
        JsonObject e = (JsonObject) o;
        t.row(
            List.of(
                name,
                fmt(e.getLong("atMs") / 1000.0),
                e.getString("kind"),
                HtmlTable.cell(e.getString("detail"), "text")));
        n++;
      }
    }
    return n == 0 ? "" : "<h2>Events</h2>" + t.html();
  }

  private static String errorClasses(JsonObject targets) {
    StringBuilder t = new StringBuilder("<table><tr><th>class</th>");
    targets
        .fieldNames()
        .forEach(
            n -> t.append("<th>").append(Html.escape(n)).append(" (no fault / poisoned)</th>"));
    t.append("<th>meaning</th></tr>");
    for (ErrorClass c : ErrorClass.values()) {
      t.append("<tr><td>").append(c.label()).append("</td>");
      for (String n : targets.fieldNames()) {
        JsonObject classes = targets.getJsonObject(n).getJsonObject("errorClasses");
        t.append("<td>")
            .append(classes.getJsonObject("bystanders").getLong(c.label(), 0L))
            .append(" / ")
            .append(classes.getJsonObject("poisoned").getLong(c.label(), 0L))
            .append("</td>");
      }
      t.append("<td style=\"text-align:left\">")
          .append(Html.escape(c.meaning()))
          .append("</td></tr>");
    }
    return t.append("</table>").toString();
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.3f", v);
  }
}
