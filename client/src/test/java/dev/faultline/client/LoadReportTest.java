package dev.faultline.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.faultline.chaos.FaultSchedule;
import dev.faultline.config.LoadSettings;
import dev.faultline.config.Target;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoadReportTest {
  private static final Target THREAD = new Target("thread", "127.0.0.1", 8081);
  private static final Target PROCESS = new Target("process", "127.0.0.1", 8082);

  private static final long START_EPOCH_MS = 1_700_000_000_000L;

  private final LoadSettings settings =
      new LoadSettings(
          List.of(THREAD, PROCESS),
          10,
          Duration.ofSeconds(2),
          3,
          List.of("exit", "exception"),
          Duration.ofMillis(500),
          99L,
          "sekrit-token",
          Duration.ofSeconds(5),
          null);
  private final FaultSchedule schedule =
      new FaultSchedule(settings.faults(), settings.faultEvery(), settings.duration());
  private final Map<Target, TargetStats> stats = new LinkedHashMap<>();
  private long seq;

  @BeforeEach
  void fillStats() {
    TargetStats thread = new TargetStats("thread");
    record(thread, "", Outcome.OK, 2_000);
    record(thread, "", Outcome.failed("connection_closed"), 4_000);
    record(thread, "exit", Outcome.failed("connection_closed"), 1_000);
    record(thread, "", Outcome.WRONG_ANSWER, 3_000);
    TargetStats process = new TargetStats("process");
    record(process, "", Outcome.OK, 1_000);
    record(process, "exit", Outcome.failed("http_502_worker_crashed"), 1_000);
    stats.put(THREAD, thread);
    stats.put(PROCESS, process);
  }

  private void record(TargetStats s, String fault, Outcome o, long micros) {
    PlannedRequest r = new PlannedRequest(seq++, 0, 1, 0, fault);
    s.due(r);
    s.left(r, false);
    s.completed(r, o, micros, micros);
  }

  private LoadReport report() {
    return LoadReport.of(
        settings,
        schedule,
        stats,
        new RunClock(START_EPOCH_MS, 0),
        new JsonObject()
            .put("cpuMs", 150)
            .put("answers", 3000)
            .put("cpuMicrosPerAnswer", 50.0)
            .put("bottleneckSeconds", 2));
  }

  @Test
  void shouldSummariseEachTargetWithStableFieldNames() {
    JsonObject thread = report().target("thread");

    assertThat(thread.getLong("sent")).isEqualTo(4);
    assertThat(thread.getLong("ok")).isEqualTo(1);
    assertThat(thread.getLong("failed"))
        .as("failed = sent - ok, wrong answers included")
        .isEqualTo(3);
    assertThat(thread.getLong("poisoned")).isEqualTo(1);
    assertThat(thread.getLong("collateralFailures")).isEqualTo(2);
    assertThat(thread.getLong("wrongAnswers")).isEqualTo(1);
    assertThat(thread.getDouble("availability")).isEqualTo(1.0 / 3);
    assertThat(thread.getJsonObject("errors"))
        .isEqualTo(
            new JsonObject()
                .put("connection_closed", 1L)
                .put("poisoned:connection_closed", 1L)
                .put("wrong_answer", 1L));
  }

  @Test
  void shouldReportLatencyInMillisecondsOfNoFaultRequests() {
    JsonObject latency = report().target("thread").getJsonObject("latencyMs");

    assertThat(latency.fieldNames()).contains("p50", "p99", "max");
    assertThat(latency.getDouble("p50")).isCloseTo(3.0, offset(0.01));
    assertThat(latency.getDouble("max")).isCloseTo(4.0, offset(0.01));
  }

  @Test
  void shouldDescribeTheRunAndItsFaultSlots() {
    JsonObject run = report().toJson().getJsonObject("run");

    assertThat(run.getDouble("rate")).isEqualTo(10.0);
    assertThat(run.getString("duration")).isEqualTo("2s");
    assertThat(run.getInteger("cost")).isEqualTo(3);
    assertThat(run.getLong("seed")).isEqualTo(99L);
    assertThat(run.getJsonArray("faults"))
        .isEqualTo(
            new JsonArray()
                .add(new JsonObject().put("atMs", 500L).put("fault", "exit"))
                .add(new JsonObject().put("atMs", 1000L).put("fault", "exception"))
                .add(new JsonObject().put("atMs", 1500L).put("fault", "exit")));
  }

  @Test
  void shouldKeepTargetsInTheOrderGiven() {
    JsonObject json = report().toJson();

    assertThat(json.fieldNames()).containsExactlyInAnyOrder("targets", "run", "thresholds");
    assertThat(json.getJsonObject("targets").fieldNames()).containsExactly("thread", "process");
  }

  @Test
  void shouldLetCallersAddFieldsPerTarget() {
    LoadReport report = report().put("process", "workerRestarts", 2);

    assertThat(report.target("process").getInteger("workerRestarts")).isEqualTo(2);
    assertThat(
            report
                .toJson()
                .getJsonObject("targets")
                .getJsonObject("process")
                .getInteger("workerRestarts"))
        .isEqualTo(2);
    assertThat(report.target("thread").containsKey("workerRestarts")).isFalse();
  }

  @Test
  void shouldRenderTargetsSideBySideInTheTable() {
    String[] lines = report().table().split("\n");

    assertThat(lines[0]).isEqualTo(" ".repeat(34) + String.format("%14s%14s", "thread", "process"));
    assertThat(lines).contains(String.format("%-34s%14s%14s", "requests sent", "4", "2"));
    assertThat(lines)
        .contains(String.format("%-34s%14s%14s", "wrong answers (200, bad digest)", "1", "0"));
    assertThat(lines)
        .contains(
            String.format(
                "%-34s%14s%14s", "availability (no-fault requests)", "33.333%", "100.000%"));
  }

  @Test
  void shouldOmitRestartRowsUnlessSomeTargetHasThem() {
    assertThat(report().table())
        .doesNotContain("server restarts")
        .doesNotContain("worker restarts");

    String table = report().put("process", "workerRestarts", 2).table();

    assertThat(table).doesNotContain("server restarts");
    assertThat(table.split("\n"))
        .contains(String.format("%-34s%14s%14s", "worker restarts", "", "2"));
  }

  @Test
  void shouldAddUncorrectedLatencyLateSendsAndErrorClassesBesideTheSkeletonFields() {
    JsonObject thread = report().target("thread");

    assertThat(thread.getJsonObject("uncorrectedLatencyMs").getDouble("max"))
        .isCloseTo(4.0, offset(0.01));
    assertThat(thread.getLong("late")).isZero();
    assertThat(thread.getLong("notSent")).isZero();
    assertThat(thread.getJsonObject("errorClasses"))
        .isEqualTo(
            new JsonObject()
                .put(
                    "bystanders",
                    new JsonObject().put("connection_closed", 1L).put("wrong_answer", 1L))
                .put("poisoned", new JsonObject().put("connection_closed", 1L)));
  }

  @Test
  void shouldKeepAPerSecondTimelineAndADistributionPerTarget() {
    JsonObject thread = report().target("thread");

    JsonArray timeline = thread.getJsonArray("timeline");
    assertThat(timeline).hasSize(1);
    assertThat(timeline.getJsonObject(0).getLong("sent")).isEqualTo(4);
    assertThat(timeline.getJsonObject(0).getJsonObject("errors").getLong("connection_closed"))
        .isEqualTo(2);
    JsonArray corrected = thread.getJsonObject("distribution").getJsonArray("corrected");
    assertThat(corrected.getJsonArray(0).getDouble(0)).isZero();
    assertThat(corrected.getJsonArray(corrected.size() - 1).getDouble(0)).isEqualTo(100.0);
  }

  @Test
  void shouldMarkEventsAtTheirOffsetFromTheStartAndDropThoseBeforeIt() {
    LoadReport report =
        report()
            .markEvent("thread", -5_000_000_000L, "died", "during warm-up")
            .markEvent("thread", 2_500_000_000L, "died", "thread server died: SIGSEGV");

    assertThat(report.target("thread").getJsonArray("events"))
        .isEqualTo(
            new JsonArray()
                .add(
                    new JsonObject()
                        .put("atMs", 2500L)
                        .put("kind", "died")
                        .put("detail", "thread server died: SIGSEGV")));
    assertThat(report.target("process").getJsonArray("events")).isEmpty();
  }

  @Test
  void shouldRecordThresholdResultsAndSayWhetherAnyFailed() {
    LoadReport report = report();
    List<String> names = List.of("thread", "process");

    report.check(List.of(Threshold.parse("process.availability>=0.999", names)));
    assertThat(report.thresholdsFailed()).isFalse();
    report.check(List.of(Threshold.parse("thread.availability>=50%", names)));

    assertThat(report.thresholdsFailed()).isTrue();
    JsonArray checked = report.toJson().getJsonArray("thresholds");
    assertThat(checked).hasSize(2);
    assertThat(checked.getJsonObject(1).getBoolean("passed")).isFalse();
    assertThat(checked.getJsonObject(1).getDouble("actual")).isEqualTo(1.0 / 3);
  }

  @Test
  void shouldWriteTheTimelineAsCsvWithFaultsAndEventsInTheirSecond() {
    String[] csv =
        report().markEvent("thread", 300_000_000L, "died", "x").csvTimeline().split("\n");

    assertThat(csv[0])
        .isEqualTo(CsvTimeline.header())
        .startsWith(
            "target,second,sent,ok,failed,poisoned,"
                + "collateral_failures,wrong_answers,late,availability,connect_refused,");
    assertThat(csv).hasSize(3);
    assertThat(csv[1])
        .startsWith("thread,0,4,1,3,1,2,1,0,0.333333,0,0,2,0,0,0,0,1,0,0,")
        .endsWith(",fault exit; died");
    assertThat(csv[2]).startsWith("process,0,2,1,1,1,0,0,0,1.0,").endsWith(",fault exit");
  }

  @Test
  void shouldRenderOneSelfContainedHtmlPageWithEveryTarget() {
    String html = report().markEvent("thread", 1_000_000_000L, "died", "thread server died").html();

    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("thread")
        .contains("process")
        .contains("Corrected and uncorrected latency")
        .contains(
            "<td>thread</td><td>1</td><td>died</td><td class=\"text\">thread server died</td>")
        .contains("\"label\":\"thread died\"");
    assertThat(html.split("<figure class=\"chart\">", -1)).as("four charts").hasSize(5);
    assertThat(html).as("uPlot inlined").contains("var uPlot=function()");
    assertThat(html.toLowerCase())
        .as("nothing to fetch")
        .doesNotContain(" src=")
        .doesNotContain("<link")
        .doesNotContain("@import")
        .doesNotContain("url(");
  }
}
