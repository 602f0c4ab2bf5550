package dev.faultline.lab.matrix;

import static dev.faultline.lab.matrix.Samples.MS;
import static dev.faultline.lab.matrix.Samples.TIMELINE;
import static dev.faultline.lab.matrix.Samples.every10ms;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatrixPageTest {
  @TempDir Path tmp;

  /**
   * A report of two trials in three modes, its rows and samples written by the matrix's own code,
   * as a run leaves them.
   */
  static JsonObject report(Path dir) throws Exception {
    List<Sample> dead = every10ms(0, 5_000, 2_000, 5_000);
    List<Sample> blip = every10ms(0, 5_000, 2_000, 2_100);
    Path exit = Files.createDirectories(dir.resolve("01-exit"));
    Path hang = Files.createDirectories(dir.resolve("02-hang"));
    TrialLog.writeSamples(TrialLog.samplesFile(exit, "thread"), dead);
    TrialLog.writeSamples(TrialLog.samplesFile(exit, "process"), blip);
    TrialLog.writeSamples(TrialLog.samplesFile(exit, "shared-accept"), blip);
    TrialLog.writeSamples(TrialLog.samplesFile(hang, "thread"), blip);
    List<MatrixRow> rows =
        List.of(
            row("exit", "thread", dead, false, exit),
            row("exit", "process", blip, true, exit),
            row("exit", "shared-accept", blip, true, exit),
            row("hang", "thread", blip, true, hang),
            MatrixRow.notRun("hang", "process", "server did not start: boom")
                .of(hang.toString(), 2));
    return new MatrixReport(rows, MatrixSettingsTest.valid(), Instant.EPOCH, 12_345).toJson();
  }

  private static MatrixRow row(
      String fault, String mode, List<Sample> samples, boolean survived, Path dir) {
    return MatrixRow.measured(
            fault, mode, TrialMeasure.of(samples, TIMELINE), survived, 0, "timeout", "")
        .of(dir.toString(), 1);
  }

  @Test
  void shouldDrawATimelinePerTrialWithEveryModeItRanFromItsSamples() throws Exception {
    String html = MatrixPage.render(report(tmp));

    List<JsonObject> charts = charts(html);
    assertThat(charts).extracting(c -> c.getString("title")).hasSize(4);
    JsonObject exit = charts.get(2);
    assertThat(exit.getString("title"))
        .startsWith("exit: thread died, 300 failed, never recovered; process survived, 10 failed");
    assertThat(labels(exit))
        .containsExactly(
            "thread correct/s",
            "thread failed/s",
            "process correct/s",
            "process failed/s",
            "shared-accept correct/s",
            "shared-accept failed/s");
    JsonArray threadFailed = exit.getJsonArray("series").getJsonObject(1).getJsonArray("values");
    assertThat(threadFailed.getDouble(threadFailed.size() - 1))
        .as("100 req/s failing")
        .isEqualTo(100.0);
    assertThat(exit.getJsonArray("x").getDouble(0))
        .as("from the baseline's start")
        .isEqualTo(-0.75);
    JsonObject hang = charts.get(3);
    assertThat(labels(hang)).as("a trial that did not run draws nothing").hasSize(2);
    assertThat(html).contains("NO: server did not start: boom");
  }

  @Test
  void shouldLeaveAGapWhereAHalfSecondIsOnlyPartlyMeasured() throws Exception {
    Timeline unaligned = new Timeline(1_200 * MS, 2_000 * MS, 2_000 * MS, 4_900 * MS);
    List<Sample> samples = every10ms(0, 5_000, 6_000, 6_000);
    Path dir = Files.createDirectories(tmp.resolve("01-slow"));
    TrialLog.writeSamples(TrialLog.samplesFile(dir, "process"), samples);
    JsonObject row =
        MatrixRow.measured(
                "slow", "process", TrialMeasure.of(samples, unaligned), true, 0, "200", "")
            .of(dir.toString(), 1)
            .toJson();

    JsonObject chart = TrialChart.of(List.of(row), List.of("process")).spec();

    assertThat(chart.getJsonArray("x"))
        .containsExactly(-0.75, -0.25, 0.25, 0.75, 1.25, 1.75, 2.25, 2.75);
    assertThat(chart.getJsonArray("series").getJsonObject(0).getJsonArray("values"))
        .as("100 req/s in every whole half second, none in the partial first and last")
        .containsExactly(null, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0, null);
  }

  @Test
  void shouldGroupCollateralFailuresAndRecoveryByFaultWithABarPerMode() throws Exception {
    List<JsonObject> charts = charts(MatrixPage.render(report(tmp)));

    JsonObject collateral = charts.get(0);
    assertThat(collateral.getJsonArray("categories")).containsExactly("exit", "hang");
    assertThat(labels(collateral)).containsExactly("thread", "process", "shared-accept");
    assertThat(collateral.getJsonArray("series").getJsonObject(1).getJsonArray("values"))
        .as("process: 10 failed in exit, not run in hang")
        .containsExactly(10.0, null);
  }

  static List<JsonObject> charts(String html) {
    return List.of(html.split("<script type=\"application/json\">")).stream()
        .skip(1)
        .map(s -> new JsonObject(s.substring(0, s.indexOf("</script>")).replace("<\\/", "</")))
        .toList();
  }

  private static List<String> labels(JsonObject chart) {
    return chart.getJsonArray("series").stream()
        .map(o -> ((JsonObject) o).getString("label"))
        .toList();
  }
}
