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

  private final LoadSettings settings = new LoadSettings(List.of(THREAD, PROCESS), 10, Duration.ofSeconds(2), 3,
      List.of("exit", "exception"), Duration.ofMillis(500), 99L, "sekrit-token", Duration.ofSeconds(5), null);
  private final FaultSchedule schedule =
      new FaultSchedule(settings.faults(), settings.faultEvery(), settings.duration());
  private final Map<Target, TargetStats> stats = new LinkedHashMap<>();
  private long seq;

  @BeforeEach
  void fillStats() {
    TargetStats thread = new TargetStats();
    record(thread, "", Outcome.OK, 2_000);
    record(thread, "", Outcome.failed("connection_closed"), 4_000);
    record(thread, "exit", Outcome.failed("connection_closed"), 1_000);
    record(thread, "", Outcome.WRONG_ANSWER, 3_000);
    TargetStats process = new TargetStats();
    record(process, "", Outcome.OK, 1_000);
    record(process, "exit", Outcome.failed("http_502_worker_crashed"), 1_000);
    stats.put(THREAD, thread);
    stats.put(PROCESS, process);
  }

  private void record(TargetStats s, String fault, Outcome o, long micros) {
    PlannedRequest r = new PlannedRequest(seq++, 0, 1, 0, fault);
    s.sent(r);
    s.completed(r, o, micros);
  }

  private LoadReport report() {
    return LoadReport.of(settings, schedule, stats);
  }

  @Test
  void shouldSummariseEachTargetWithStableFieldNames() {
    JsonObject thread = report().target("thread");

    assertThat(thread.getLong("sent")).isEqualTo(4);
    assertThat(thread.getLong("ok")).isEqualTo(1);
    assertThat(thread.getLong("failed")).as("failed = sent - ok, wrong answers included").isEqualTo(3);
    assertThat(thread.getLong("poisoned")).isEqualTo(1);
    assertThat(thread.getLong("collateralFailures")).isEqualTo(2);
    assertThat(thread.getLong("wrongAnswers")).isEqualTo(1);
    assertThat(thread.getDouble("availability")).isEqualTo(1.0 / 3);
    assertThat(thread.getJsonObject("errors")).isEqualTo(new JsonObject()
        .put("connection_closed", 1L).put("poisoned:connection_closed", 1L).put("wrong_answer", 1L));
  }

  @Test
  void shouldReportLatencyInMillisecondsOfNoFaultRequests() {
    JsonObject latency = report().target("thread").getJsonObject("latencyMs");

    assertThat(latency.fieldNames()).containsExactlyInAnyOrder("p50", "p99", "max");
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
    assertThat(run.getJsonArray("faults")).isEqualTo(new JsonArray()
        .add(new JsonObject().put("atMs", 500L).put("fault", "exit"))
        .add(new JsonObject().put("atMs", 1000L).put("fault", "exception"))
        .add(new JsonObject().put("atMs", 1500L).put("fault", "exit")));
  }

  @Test
  void shouldKeepTargetsInTheOrderGiven() {
    JsonObject json = report().toJson();

    assertThat(json.fieldNames()).containsExactlyInAnyOrder("targets", "run");
    assertThat(json.getJsonObject("targets").fieldNames()).containsExactly("thread", "process");
  }

  @Test
  void shouldLetCallersAddFieldsPerTarget() {
    LoadReport report = report().put("process", "workerRestarts", 2);

    assertThat(report.target("process").getInteger("workerRestarts")).isEqualTo(2);
    assertThat(report.toJson().getJsonObject("targets").getJsonObject("process").getInteger("workerRestarts"))
        .isEqualTo(2);
    assertThat(report.target("thread").containsKey("workerRestarts")).isFalse();
  }

  @Test
  void shouldRenderTargetsSideBySideInTheTable() {
    String[] lines = report().table().split("\n");

    assertThat(lines[0]).isEqualTo(" ".repeat(34) + String.format("%14s%14s", "thread", "process"));
    assertThat(lines).contains(String.format("%-34s%14s%14s", "requests sent", "4", "2"));
    assertThat(lines).contains(String.format("%-34s%14s%14s", "wrong answers (200, bad digest)", "1", "0"));
    assertThat(lines).contains(String.format("%-34s%14s%14s", "availability (no-fault requests)",
        "33.333%", "100.000%"));
  }

  @Test
  void shouldOmitRestartRowsUnlessSomeTargetHasThem() {
    assertThat(report().table()).doesNotContain("server restarts").doesNotContain("worker restarts");

    String table = report().put("process", "workerRestarts", 2).table();

    assertThat(table).doesNotContain("server restarts");
    assertThat(table.split("\n")).contains(String.format("%-34s%14s%14s", "worker restarts", "", "2"));
  }
}
