package dev.faultline.lab.bench.overhead;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class OverheadPageTest {
  @Test
  void shouldDrawEveryGoalAsItsRatioGreenWhenMetRedWhenNot() throws Exception {
    JsonObject report = OverheadReportSample.report();
    String html = OverheadReportSample.page();

    JsonObject chart =
        new JsonObject(
            html.substring(
                    html.indexOf("<script type=\"application/json\">") + 32,
                    html.indexOf("</script>", html.indexOf("<script type=\"application/json\">")))
                .replace("<\\/", "</"));
    int goals = report.getJsonArray("goals").size();
    assertThat(chart.getJsonArray("categories")).hasSize(goals);
    assertThat(chart.getJsonArray("categories").getString(0)).isEqualTo("1 ≥");
    Double first = report.getJsonArray("goals").getJsonObject(0).getDouble("ratioToGoal");
    assertThat(chart.getJsonArray("series").getJsonObject(1).getJsonArray("values").getDouble(0))
        .as("21,000 against 9,000 req/s is 0.43 of thread mode: not met, a red bar")
        .isEqualTo(first);
    assertThat(chart.getJsonArray("rules").getJsonObject(0).getDouble("y")).isEqualTo(1.0);
    assertThat(html).contains("NOT met").contains(">met<");
  }
}
