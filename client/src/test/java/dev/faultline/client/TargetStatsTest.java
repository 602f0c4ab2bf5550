package dev.faultline.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetStatsTest {
  private final TargetStats stats = new TargetStats();
  private long seq;

  private PlannedRequest plain() {
    return new PlannedRequest(seq++, 0, seq, 0, "");
  }

  private PlannedRequest poisoned(String fault) {
    return new PlannedRequest(seq++, 0, seq, 0, fault);
  }

  private void run(PlannedRequest r, Outcome o) {
    stats.sent(r);
    stats.completed(r, o, 1_000);
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

    assertThat(stats.errors).containsExactly(Map.entry("poisoned:timeout", 1L), Map.entry("timeout", 2L));
  }

  @Test
  void shouldTrackRequestsInFlight() {
    PlannedRequest a = plain();
    PlannedRequest b = plain();
    stats.sent(a);
    stats.sent(b);
    assertThat(stats.inFlight).isEqualTo(2);

    stats.completed(a, Outcome.OK, 10);
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
    stats.sent(r);
    stats.completed(r, Outcome.OK, -5);

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
}
