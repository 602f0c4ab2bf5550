package dev.faultline.lab.matrix;

import static dev.faultline.lab.matrix.Samples.TIMELINE;
import static dev.faultline.lab.matrix.Samples.every10ms;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class MatrixRowTest {

  @Test
  void shouldBeValidWhenTheBaselineHeldAndNameTheFaultWithoutItsParameters() {
    TrialMeasure m = TrialMeasure.of(every10ms(0, 5_000, 2_000, 5_000), TIMELINE);

    MatrixRow row =
        MatrixRow.measured(
            "leak:mb=128", "thread", m, false, 2, "connection_closed", "OutOfMemoryError");

    assertThat(row.valid()).isTrue();
    assertThat(row.invalidReason()).isEmpty();
    assertThat(row.fault()).isEqualTo("leak");
    assertThat(row.spec()).isEqualTo("leak:mb=128");
    assertThat(row.collateralFailures()).isEqualTo(300);
    assertThat(row.recoveryMs()).isNull();
  }

  @Test
  void shouldBeInvalidSayingWhyWhenTheBaselineDidNotHold() {
    TrialMeasure m = TrialMeasure.of(every10ms(0, 5_000, 1_900, 1_930), TIMELINE);

    MatrixRow row =
        MatrixRow.measured("exit", "process", m, true, 0, "http_502_worker_crashed", "");

    assertThat(row.valid()).isFalse();
    assertThat(row.invalidReason())
        .isEqualTo("baseline not steady: 3 of 100 requests failed {connect_refused=3}");
  }

  @Test
  void shouldBeInvalidWithoutABaseline() {
    MatrixRow row =
        MatrixRow.measured(
            "exit",
            "process",
            TrialMeasure.of(every10ms(2_000, 5_000, 0, 0), TIMELINE),
            true,
            0,
            "",
            "");

    assertThat(row.valid()).isFalse();
    assertThat(row.invalidReason()).isEqualTo("no baseline requests");
  }

  @Test
  void shouldBeInvalidWhenTheTrialCouldNotRun() {
    MatrixRow row = MatrixRow.notRun("hang", "thread", "server did not start: boom");

    assertThat(row.valid()).isFalse();
    assertThat(row.serverSurvived()).isFalse();
    assertThat(row.invalidReason()).isEqualTo("server did not start: boom");
  }

  @Test
  void shouldWriteTheIssuesFieldsWithAnExplicitNullRecovery() {
    MatrixRow row =
        MatrixRow.measured(
            "segfault",
            "thread",
            TrialMeasure.of(every10ms(0, 5_000, 2_000, 5_000), TIMELINE),
            false,
            2,
            "connection_closed",
            "SIGSEGV");

    JsonObject json = row.toJson();

    assertThat(json.fieldNames())
        .contains(
            "fault",
            "mode",
            "valid",
            "serverSurvived",
            "collateralFailures",
            "wrongAnswers",
            "recoveryMs",
            "capacityLost",
            "baselineP99Ms",
            "windowP99Ms");
    assertThat(json.containsKey("recoveryMs")).isTrue();
    assertThat(json.getValue("recoveryMs")).isNull();
    assertThat(json.getString("fault")).isEqualTo("segfault");
    assertThat(json.getBoolean("serverSurvived")).isFalse();
    assertThat(json.getInteger("capacityLost")).isEqualTo(2);
    assertThat(json.getJsonObject("errors").getInteger("connect_refused")).isEqualTo(300);
  }
}
