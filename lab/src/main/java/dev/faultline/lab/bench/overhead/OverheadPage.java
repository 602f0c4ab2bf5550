package dev.faultline.lab.bench.overhead;

import dev.faultline.client.page.Chart;
import dev.faultline.client.page.HtmlTable;
import dev.faultline.client.page.Palette;
import dev.faultline.client.page.ReportPage;
import dev.faultline.client.page.Series;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code faultline bench overhead --report-html}: every goal of the report JSON, in its order, as a
 * bar of its measured value over its goal (1 is the goal itself; above it is good for an at-least
 * goal, below it for an at-most goal), green when met, red when not; and the table with the numbers
 * behind each.
 */
final class OverheadPage {
  private OverheadPage() {}

  static String render(JsonObject report) {
    List<JsonObject> goals =
        report.getJsonArray("goals").stream().map(JsonObject.class::cast).toList();
    JsonObject m = report.getJsonObject("machine");
    return new ReportPage("faultline bench overhead: what process mode costs")
        .run(
            String.format(
                Locale.ROOT,
                "%s on %s (%d CPUs, %s, JDK %s), %s, %.1f s; %d of %d goals met",
                report.getString("command"),
                m.getString("host"),
                m.getInteger("cpus"),
                m.getString("os"),
                m.getString("jdk"),
                report.getString("date"),
                report.getLong("tookMs") / 1000.0,
                report.getLong("goalsMet"),
                goals.size()))
        .section("Each figure against its goal")
        .chart(ratios(goals))
        .table(table(goals))
        .render();
  }

  private static Chart ratios(List<JsonObject> goals) {
    List<String> labels = new ArrayList<>();
    List<Double> met = new ArrayList<>();
    List<Double> missed = new ArrayList<>();
    for (int i = 0; i < goals.size(); i++) {
      JsonObject g = goals.get(i);
      labels.add((i + 1) + (g.getString("goal").startsWith(">=") ? " ≥" : " ≤"));
      Double ratio = g.getDouble("ratioToGoal");
      met.add(g.getBoolean("met") ? ratio : null);
      missed.add(g.getBoolean("met") ? null : ratio);
    }
    return Chart.categories(
            "Measured / goal, log scale (# as in the table; ≥: at least the goal, ≤: at most)",
            "goal",
            "measured / goal",
            labels)
        .add(Series.bars("met", Palette.GOOD, met))
        .add(Series.bars("not met", Palette.BAD, missed))
        .rule(1, "goal", null)
        .barsFrom(1)
        .logY();
  }

  private static HtmlTable table(List<JsonObject> goals) {
    HtmlTable t =
        new HtmlTable(
            List.of("#", "goal", "measured", "unit", "target", "measured / goal", "met", "detail"));
    for (int i = 0; i < goals.size(); i++) {
      JsonObject g = goals.get(i);
      Double measured = g.getDouble("measured");
      Double ratio = g.getDouble("ratioToGoal");
      boolean met = g.getBoolean("met");
      t.row(
          List.of(
              i + 1,
              HtmlTable.cell(g.getString("name"), "text"),
              measured == null ? "not measured" : Goal.format(measured),
              g.getString("unit"),
              g.getString("goal"),
              ratio == null ? "-" : String.format(Locale.ROOT, "%.2f", ratio),
              HtmlTable.cell(met ? "met" : "NOT met", met ? "pass" : "fail"),
              HtmlTable.cell(g.getString("detail"), "text")));
    }
    return t;
  }
}
