package dev.faultline.supervisor.pool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.supervisor.death.DeathCause;
import dev.faultline.supervisor.death.Ending;
import dev.faultline.supervisor.restart.RestartPlan;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrashReportTest {
  private static final DeathVerdict SEGFAULT =
      new DeathVerdict(
          Ending.Died.NATIVE_CRASH,
          "SIGSEGV",
          "SIGSEGV in Unsafe_PutLong+0x124 (JVM crashed, exit 1, report /run/hs_err_pid4711.log)",
          new DeathCause(
              "SIGSEGV",
              1,
              "in Unsafe_PutLong+0x124 (JVM crashed, exit 1, report /run/hs_err_pid4711.log)",
              Ending.Died.NATIVE_CRASH,
              "Unsafe_PutLong+0x124",
              Path.of("/run/hs_err_pid4711.log")));
  private static final Fate LOST =
      new Fate(802, "GET /work?input=5&cost=10&fault=segfault", Fate.Kind.FAILED, 502);

  private static CrashReport report(
      boolean bootFailure,
      List<Fate> fates,
      RestartPlan plan,
      CrashReport.Replacement replacement) {
    return report(bootFailure, fates, plan, false, replacement);
  }

  private static CrashReport report(
      boolean bootFailure,
      List<Fate> fates,
      RestartPlan plan,
      boolean haltsForGood,
      CrashReport.Replacement replacement) {
    return new CrashReport(
        Instant.parse("2026-01-01T10:00:00Z"),
        "worker 1",
        1,
        4711,
        SEGFAULT,
        bootFailure,
        12_051,
        595,
        fates,
        plan,
        haltsForGood,
        10,
        "10 restarts in 60s",
        replacement,
        bootFailure ? "worker 1: cannot reach master" : "");
  }

  @Test
  void shouldTellACrashReplacedByAColdStartInOneLine() {
    CrashReport r =
        report(false, List.of(LOST), new RestartPlan(RestartPlan.Action.REPLACE, 93, 1, ""), null);

    assertThat(r.humanLine())
        .isEqualTo(
            "worker 1 (pid 4711) died after 12051 ms up: SIGSEGV in Unsafe_PutLong+0x124 "
                + "(JVM crashed, exit 1, report /run/hs_err_pid4711.log); lost 1 request: req 802 "
                + "GET /work?input=5&cost=10&fault=segfault (failed, 502); served 595; restart 1/10 in 60s: a new worker "
                + "starts in 93 ms (backoff)");
  }

  @Test
  void shouldTellASpareSwapWithItsMeasuredTime() {
    CrashReport r =
        report(
            false,
            List.of(),
            new RestartPlan(RestartPlan.Action.REPLACE, 105, 2, ""),
            new CrashReport.Replacement(4800, "spare", 0.42));

    assertThat(r.humanLine())
        .endsWith(
            "lost no request; served 595; restart 2/10 in 60s: spare (pid 4800) took its "
                + "place 0.4 ms after the death was noticed; a new spare starts in 105 ms (backoff)");
  }

  @Test
  void shouldTellABootFailureRetried() {
    assertThat(
            report(true, List.of(), new RestartPlan(RestartPlan.Action.REPLACE, 200, 0, ""), null)
                .humanLine())
        .contains("died before it was ready: SIGSEGV")
        .contains("(its last words: worker 1: cannot reach master); ")
        .endsWith("boot failure, retry: a new worker starts in 200 ms (backoff)");
  }

  @Test
  void shouldSayPausedWhenAnEscalationPausesThePoolAndHaltedOnlyWhenItHaltsForGood() {
    RestartPlan spent = new RestartPlan(RestartPlan.Action.ESCALATE, 0, 11, "11 restarts");

    assertThat(report(false, List.of(), spent, false, null).humanLine())
        .endsWith("; pool paused: 11 restarts")
        .doesNotContain("halt");
    assertThat(report(false, List.of(), spent, true, null).humanLine())
        .endsWith("; pool halted: 11 restarts");
  }

  @Test
  void shouldWriteEveryFieldOfTheJsonLine() {
    JsonObject json =
        report(
                false,
                List.of(LOST),
                new RestartPlan(RestartPlan.Action.REPLACE, 0, 1, ""),
                new CrashReport.Replacement(4800, "spare", 0.5))
            .json();

    assertThat(json.getString("event")).isEqualTo("worker_died");
    assertThat(json.getString("time")).isEqualTo("2026-01-01T10:00:00Z");
    assertThat(json.getString("mode")).isEqualTo("process");
    assertThat(json.getInteger("worker")).isEqualTo(1);
    assertThat(json.getLong("pid")).isEqualTo(4711);
    assertThat(json.getString("causeClass")).isEqualTo("native_crash");
    assertThat(json.getString("signal")).isEqualTo("SIGSEGV");
    assertThat(json.getString("frame")).isEqualTo("Unsafe_PutLong+0x124");
    assertThat(json.getString("hsErr")).isEqualTo("/run/hs_err_pid4711.log");
    assertThat(json.getInteger("exitCode")).isEqualTo(1);
    assertThat(json.getLong("uptimeMs")).isEqualTo(12_051);
    assertThat(json.getLong("served")).isEqualTo(595);
    assertThat(json.getString("lastOutput")).isNull();
    assertThat(json.getJsonArray("inFlight").getJsonObject(0).encode())
        .isEqualTo(
            "{\"id\":802,\"request\":\"GET /work?input=5&cost=10&fault=segfault\",\"fate\":\"failed\","
                + "\"status\":502}");
    assertThat(json.getJsonObject("restart").encode())
        .isEqualTo(
            "{\"action\":\"replace\",\"restartsInPeriod\":1,"
                + "\"budget\":\"10 restarts in 60s\",\"backoffMs\":0,\"reason\":null}");
    assertThat(json.getJsonObject("replacement").encode())
        .isEqualTo("{\"pid\":4800,\"source\":\"spare\",\"readyAfterDeathMs\":0.5}");
  }
}
