package dev.faultline.lab.bench;

import dev.faultline.client.page.HtmlTable;
import dev.faultline.client.page.ReportPage;
import dev.faultline.lab.bench.verdict.Verdict;
import io.vertx.core.json.JsonObject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code faultline bench --report-html}: the seven claims with their verdicts, the charts of the
 * parts that ran ({@link BenchCharts}), and how each part ended, built from the report JSON.
 */
final class BenchPage {
  private BenchPage() {}

  static String render(JsonObject report) {
    JsonObject run = report.getJsonObject("run");
    return new ReportPage("faultline bench: the lesson, measured")
        .run(
            String.format(
                Locale.ROOT,
                "Run %s on %s, %.1f s",
                run.getString("startedAt"),
                run.getString("machine"),
                run.getLong("durationMs") / 1000.0))
        .section("The seven claims")
        .table(claims(report))
        .section("Charts")
        .charts(new BenchCharts(report.getJsonArray("parts")).all())
        .section("Parts")
        .table(parts(report))
        .render();
  }

  private static HtmlTable claims(JsonObject report) {
    HtmlTable t = new HtmlTable(List.of("#", "claim", "verdict", "why", "numbers"));
    report
        .getJsonArray("claims")
        .forEach(
            o -> {
              JsonObject c = (JsonObject) o;
              t.row(
                  List.of(
                      c.getInteger("claim"),
                      HtmlTable.cell(c.getString("text"), "text"),
                      HtmlTable.cell(c.getString("verdict"), verdictClass(c.getString("verdict"))),
                      HtmlTable.cell(c.getString("sentence"), "text"),
                      HtmlTable.cell(BenchReport.numbers(c.getJsonObject("numbers")), "text")));
            });
    return t;
  }

  private static String verdictClass(String label) {
    Verdict v =
        Arrays.stream(Verdict.values())
            .filter(x -> x.label().equals(label))
            .findFirst()
            .orElse(Verdict.NOT_MEASURED);
    return switch (v) {
      case HOLDS -> "pass";
      case HOLDS_WITH_NUANCE -> "nuance";
      case DOES_NOT_HOLD -> "fail";
      case NOT_MEASURED -> "none";
    };
  }

  private static HtmlTable parts(JsonObject report) {
    HtmlTable t = new HtmlTable(List.of("part", "ran", "took s", "bound s", "failure"));
    report
        .getJsonArray("parts")
        .forEach(
            o -> {
              JsonObject p = (JsonObject) o;
              t.row(
                  List.of(
                      p.getString("part"),
                      p.getBoolean("ok")
                          ? HtmlTable.cell("yes", "pass")
                          : HtmlTable.cell("no", "fail"),
                      String.format(Locale.ROOT, "%.1f", p.getLong("durationMs") / 1000.0),
                      p.getLong("boundMs") / 1000,
                      HtmlTable.cell(p.getString("failure", ""), "text")));
            });
    return t;
  }
}
