package dev.faultline.lab.matrix;

import static dev.faultline.lab.matrix.Samples.MS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.lab.matrix.TrialClock.Step;
import org.junit.jupiter.api.Test;

class TrialClockTest {
  /** Warm-up 1 s, baseline 1 s, window 3 s, as planned. */
  private static final Timeline PLAN = new Timeline(1_000 * MS, 2_000 * MS, 2_000 * MS, 5_000 * MS);

  /**
   * A hand-written load: correct answers from {@code steadyFrom}, every request answered up to
   * {@code answeredUntil}.
   */
  private static final class FakeLoad implements TrialClock.AnswersSoFar {
    long steadyFrom;
    long answeredUntil = Long.MAX_VALUE;

    @Override
    public boolean allCorrect(long fromDue, long toDue) {
      return fromDue >= Math.max(0, steadyFrom) && toDue > fromDue;
    }

    @Override
    public boolean allAnswered(long fromDue, long toDue) {
      return toDue <= answeredUntil;
    }
  }

  @Test
  void shouldBeginTheBaselineAsPlannedWhenTheServerWasSteadyForASecond() {
    TrialClock clock = new TrialClock(new Timeline(2_000 * MS, 3_000 * MS, 3_000 * MS, 6_000 * MS));
    FakeLoad load = new FakeLoad();

    assertThat(clock.tick(1_999 * MS, load)).isEqualTo(Step.NOTHING);
    assertThat(clock.tick(2_000 * MS, load)).isEqualTo(Step.BASELINE_BEGINS);
    assertThat(clock.phases())
        .isEqualTo(new Timeline(2_000 * MS, 3_000 * MS, 3_000 * MS, 6_000 * MS));
  }

  @Test
  void shouldNeedAFullSecondOfAnswersBeyondTheSettlingTimeEvenAfterAShortWarmUp() {
    TrialClock clock = new TrialClock(PLAN);
    FakeLoad load = new FakeLoad();

    assertThat(clock.tick(1_099 * MS, load)).isEqualTo(Step.NOTHING);
    assertThat(clock.tick(1_100 * MS, load)).isEqualTo(Step.BASELINE_BEGINS);
    assertThat(clock.phases()).isEqualTo(PLAN.startingBaselineAt(1_100 * MS));
  }

  @Test
  void shouldWaitForASteadySecondBeforeTheBaseline() {
    TrialClock clock = new TrialClock(PLAN);
    FakeLoad load = new FakeLoad();
    load.steadyFrom = 3_000 * MS; // a cold server: failures until 3 s

    assertThat(clock.tick(1_000 * MS, load)).isEqualTo(Step.NOTHING);
    assertThat(clock.tick(4_099 * MS, load)).isEqualTo(Step.NOTHING);
    assertThat(clock.tick(4_100 * MS, load)).isEqualTo(Step.BASELINE_BEGINS);
    assertThat(clock.phases())
        .isEqualTo(new Timeline(4_100 * MS, 5_100 * MS, 5_100 * MS, 8_100 * MS));
  }

  @Test
  void shouldBeginTheBaselineAnywayAfterTheLongestWarmUp() {
    TrialClock clock = new TrialClock(PLAN);
    FakeLoad load = new FakeLoad();
    load.steadyFrom = Long.MAX_VALUE;
    long limit = 1_000 * MS + TrialClock.MAX_WARMUP_SECONDS * 1_000 * MS;

    assertThat(clock.tick(limit - 1, load)).isEqualTo(Step.NOTHING);
    assertThat(clock.tick(limit, load)).isEqualTo(Step.BASELINE_BEGINS);
  }

  @Test
  void shouldInjectOnlyOnceEveryBaselineRequestHasItsAnswer() {
    TrialClock clock = new TrialClock(PLAN);
    FakeLoad load = new FakeLoad();
    clock.tick(1_100 * MS, load);
    load.answeredUntil = 1_500 * MS; // the baseline's second half is still on its way

    assertThat(clock.tick(2_100 * MS, load)).isEqualTo(Step.NOTHING);
    assertThat(clock.injected()).isFalse();
    load.answeredUntil = Long.MAX_VALUE;
    assertThat(clock.tick(2_400 * MS, load)).isEqualTo(Step.INJECT);

    assertThat(clock.phases())
        .isEqualTo(new Timeline(1_100 * MS, 2_100 * MS, 2_400 * MS, 5_400 * MS));
  }

  @Test
  void shouldEndTheWindowItsLengthAfterTheInjectionOnceAndStopSendingThen() {
    TrialClock clock = new TrialClock(PLAN);
    FakeLoad load = new FakeLoad();
    clock.tick(1_100 * MS, load);
    clock.tick(2_100 * MS, load);

    assertThat(clock.sends(5_099 * MS)).isTrue();
    assertThat(clock.sends(5_100 * MS)).isFalse();
    assertThat(clock.tick(5_099 * MS, load)).isEqualTo(Step.NOTHING);
    assertThat(clock.tick(5_100 * MS, load)).isEqualTo(Step.WINDOW_OVER);
    assertThat(clock.tick(5_101 * MS, load)).isEqualTo(Step.NOTHING);
    assertThat(clock.over()).isTrue();
  }

  @Test
  void shouldSendEverythingDueBeforeTheInjection() {
    TrialClock clock = new TrialClock(PLAN);

    assertThat(clock.sends(60_000 * MS)).isTrue();
    assertThat(clock.over()).isFalse();
    assertThat(clock.phases()).isEqualTo(PLAN);
  }

  @Test
  void shouldSizeThePlanForTheLongestTrial() {
    assertThat(TrialClock.longestNanos(PLAN, 3_000 * MS)).isEqualTo((5_000 + 30_000 + 9_000) * MS);
  }
}
