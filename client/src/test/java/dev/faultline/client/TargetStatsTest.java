package dev.faultline.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetStatsTest {
  private final TargetStats stats = new TargetStats("thread");
  private long seq;

  private PlannedRequest plain() {
    return new PlannedRequest(seq++, 0, seq, 0, "");
  }

  private PlannedRequest poisoned(String fault) {
    return new PlannedRequest(seq++, 0, seq, 0, fault);
  }

  private void run(PlannedRequest r, Outcome o) {
    stats.due(r);
    stats.left(r, false);
    stats.completed(r, o, 1_000, 1_000);
  }

  @Test
  void shouldBeFullyAvailableBeforeAnyRequest() {
    assertThat(stats.availability()).isEqualTo(1.0);
  }

  @Test
  void shouldComputeAvailabilityAsCorrectNoFaultAnswersOverNoFaultRequests() {
    run(plain(), Outcome.OK);
    run(plain(), Outcome.OK);
    run(plain(), Outcome.OK);
    run(plain(), Outcome.failed("http_502_worker_crashed"));

    assertThat(stats.availability()).isEqualTo(0.75);
    assertThat(stats.sent).isEqualTo(4);
    assertThat(stats.ok).isEqualTo(3);
    assertThat(stats.failed).isEqualTo(1);
    assertThat(stats.collateral).isEqualTo(1);
  }

  @Test
  void shouldNotCountPoisonedFailuresAsCollateral() {
    run(plain(), Outcome.OK);
    run(poisoned("exit"), Outcome.failed("connection_closed"));

    assertThat(stats.poisoned).isEqualTo(1);
    assertThat(stats.failed).isEqualTo(1);
    assertThat(stats.collateral).isZero();
    assertThat(stats.availability()).isEqualTo(1.0);
  }

  @Test
  void shouldLeavePoisonedRequestsOutOfAvailability() {
    run(poisoned("exception"), Outcome.failed("http_500_job_failed"));
    run(plain(), Outcome.failed("connect_refused"));

    assertThat(stats.availability()).isEqualTo(0.0);
  }

  @Test
  void shouldCountWrongAnswersAsFailuresAndApart() {
    run(plain(), Outcome.WRONG_ANSWER);
    run(plain(), Outcome.OK);

    assertThat(stats.wrongAnswers).isEqualTo(1);
    assertThat(stats.failed).as("failed = sent - ok").isEqualTo(1);
    assertThat(stats.ok).isEqualTo(1);
    assertThat(stats.collateral).as("a wrong answer is not an available answer").isEqualTo(1);
    assertThat(stats.availability()).isEqualTo(0.5);
    assertThat(stats.errors).containsExactly(Map.entry("wrong_answer", 1L));
  }

  @Test
  void shouldCountErrorClassesAndPrefixPoisonedOnes() {
    run(plain(), Outcome.failed("timeout"));
    run(plain(), Outcome.failed("timeout"));
    run(poisoned("exit"), Outcome.failed("timeout"));

    assertThat(stats.errors)
        .containsExactly(Map.entry("poisoned:timeout", 1L), Map.entry("timeout", 2L));
  }

  @Test
  void shouldTrackRequestsInFlight() {
    PlannedRequest a = plain();
    PlannedRequest b = plain();
    stats.due(a);
    stats.left(a, false);
    stats.due(b);
    stats.left(b, false);
    assertThat(stats.inFlight).isEqualTo(2);

    stats.completed(a, Outcome.OK, 10, 10);
    assertThat(stats.inFlight).isEqualTo(1);
  }

  @Test
  void shouldRecordLatencyOfNoFaultRequestsOnlyWhateverTheOutcome() {
    run(plain(), Outcome.OK);
    run(plain(), Outcome.failed("timeout"));
    run(poisoned("oom"), Outcome.failed("timeout"));

    assertThat(stats.latency.getTotalCount()).isEqualTo(2);
    assertThat(stats.lastSecond.getTotalCount()).isEqualTo(2);
  }

  @Test
  void shouldClampLatencyToAtLeastOneMicrosecond() {
    PlannedRequest r = plain();
    stats.due(r);
    stats.left(r, false);
    stats.completed(r, Outcome.OK, -5, -5);

    assertThat(stats.latency.getMaxValue()).isEqualTo(1);
  }

  @Test
  void shouldResetOnlyThePerSecondFigures() {
    run(plain(), Outcome.OK);
    run(plain(), Outcome.failed("timeout"));
    assertThat(stats.sentThisSecond).isEqualTo(2);
    assertThat(stats.okThisSecond).isEqualTo(1);
    assertThat(stats.failedThisSecond).isEqualTo(1);

    stats.resetSecond();

    assertThat(stats.sentThisSecond).isZero();
    assertThat(stats.okThisSecond).isZero();
    assertThat(stats.failedThisSecond).isZero();
    assertThat(stats.lastSecond.getTotalCount()).isZero();
    assertThat(stats.sent).isEqualTo(2);
    assertThat(stats.latency.getTotalCount()).isEqualTo(2);
  }

  @Test
  void shouldKeepCorrectedAndUncorrectedLatencySideBySide() {
    PlannedRequest r = plain();
    stats.due(r);
    stats.left(r, true);
    stats.completed(r, Outcome.OK, 900_000, 2_000);

    assertThat(stats.latency.getMaxValue()).isBetween(899_000L, 901_000L);
    assertThat(stats.uncorrected.getMaxValue()).isBetween(1_990L, 2_010L);
  }

  @Test
  void shouldCountLateSendsOnlyWhenTheyLeftLate() {
    PlannedRequest onTime = plain();
    PlannedRequest late = plain();
    stats.due(onTime);
    stats.left(onTime, false);
    stats.due(late);
    stats.left(late, true);

    assertThat(stats.late).isEqualTo(1);
    assertThat(stats.lateThisSecond).isEqualTo(1);
  }

  @Test
  void shouldCountARequestNeverSentAsFailedWithCorrectedLatencyOnly() {
    PlannedRequest r = plain();
    stats.due(r);

    stats.notSent(r, 3_000_000);

    assertThat(stats.notSent).isEqualTo(1);
    assertThat(stats.failed).isEqualTo(1);
    assertThat(stats.collateral).isEqualTo(1);
    assertThat(stats.inFlight).as("it never left").isZero();
    assertThat(stats.errors).containsExactly(Map.entry("not_sent", 1L));
    assertThat(stats.latency.getTotalCount()).isEqualTo(1);
    assertThat(stats.uncorrected.getTotalCount()).as("it has no actual send time").isZero();
  }

  @Test
  void shouldCountErrorClassesOfBystandersApartFromPoisonedOnes() {
    run(plain(), Outcome.failed("connect_refused"));
    run(plain(), Outcome.failed("http_503_pool_exhausted"));
    run(poisoned("segfault"), Outcome.failed("connection_reset"));

    assertThat(stats.bystanderErrors)
        .containsExactly(
            Map.entry(ErrorClass.CONNECT_REFUSED, 1L), Map.entry(ErrorClass.HTTP_5XX, 1L));
    assertThat(stats.poisonedErrors).containsExactly(Map.entry(ErrorClass.CONNECTION_RESET, 1L));
  }
}
