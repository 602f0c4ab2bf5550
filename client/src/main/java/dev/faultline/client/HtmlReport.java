package dev.faultline.client;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTML report: one self-contained page (inline CSS and SVG, no script, nothing fetched) with
 * what the run was, the side-by-side table, the thresholds, why corrected and uncorrected latency
 * differ, the charts with every target overlaid, and the error classes with their meaning.
 */
final class HtmlReport {
  private static final String CSS =
      """
      body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#212529;margin:24px auto;
      max-width:980px;padding:0 12px}h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:26px 0 8px}
      .run{color:#495057}table{border-collapse:collapse;margin:6px 0}td,th{padding:3px 10px;border-bottom:1px solid
      #e9ecef;text-align:right}td:first-child,th:first-child{text-align:left}th{font-weight:600}.key{display:inline-block;
      width:12px;height:12px;border-radius:2px;margin-right:5px;vertical-align:-1px}.fail{color:#c92a2a;font-weight:600}
      .pass{color:#2b8a3e;font-weight:600}.note{background:#fff9db;border-left:4px solid #fab005;padding:8px 12px}
      svg{display:block;margin:8px 0 4px}svg .title{font-size:13px;font-weight:600;fill:#212529}svg text{font-size:11px;
      fill:#495057}svg .ytick{text-anchor:end}svg .xtick{text-anchor:middle}svg .xlabel{text-anchor:end}
      svg .plot{fill:#fff;stroke:#adb5bd}svg .grid{stroke:#f1f3f5}svg .band{fill:#fab005;opacity:.35}
      svg .bandlabel{font-size:10px;fill:#e67700}svg .down{opacity:.08}small{color:#868e96}td.sub{padding-left:26px;
      color:#495057}""";

  private HtmlReport() {}

  static String render(JsonObject report) {
    ReportCharts charts = new ReportCharts(report);
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>faultline load report</title>"
        + "<style>"
        + CSS
        + "</style></head><body>"
        + header(report)
        + "<h2>Summary</h2>"
        + summary(report)
        + thresholds(report.getJsonArray("thresholds"))
        + "<h2>Corrected and uncorrected latency</h2>"
        + note(report)
        + "<h2>Over time</h2>"
        + charts.throughput()
        + charts.availability()
        + charts.latency()
        + "<h2>Latency distribution</h2>"
        + charts.distribution()
        + "<h2>Failures by class</h2>"
        + errorClasses(report.getJsonObject("targets"))
        + "<p><small>Written by faultline. Timelines count each request in the second it was scheduled to leave. "
        + "Shaded: a fault was sent to every target. Marked: a target's events (server restarts).</small></p>"
        + "</body></html>";
  }

  private static String header(JsonObject report) {
    JsonObject run = report.getJsonObject("run");
    JsonObject targets = report.getJsonObject("targets");
    StringBuilder keys = new StringBuilder();
    targets
        .fieldNames()
        .forEach(
            n ->
                keys.append("<span class=\"key\" style=\"background:")
                    .append(Colors.of(n, targets))
                    .append("\"></span>")
                    .append(Html.escape(n))
                    .append(" &nbsp; "));
    return "<h1>faultline load report</h1><p class=\"run\">"
        + Html.escape(describe(run))
        + "</p><p>"
        + keys
        + "</p>";
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

  private static String summary(JsonObject report) {
    JsonObject targets = report.getJsonObject("targets");
    Map<String, JsonObject> byName = new LinkedHashMap<>();
    targets.fieldNames().forEach(n -> byName.put(n, targets.getJsonObject(n)));
    StringBuilder t = new StringBuilder("<table><tr><th></th>");
    byName
        .keySet()
        .forEach(
            n ->
                t.append("<th><span class=\"key\" style=\"background:")
                    .append(Colors.of(n, targets))
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
