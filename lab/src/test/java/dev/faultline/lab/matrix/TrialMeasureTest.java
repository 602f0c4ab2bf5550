package dev.faultline.lab.matrix;

import static dev.faultline.lab.matrix.Samples.MS;
import static dev.faultline.lab.matrix.Samples.TIMELINE;
import static dev.faultline.lab.matrix.Samples.every10ms;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrialMeasureTest {

  @Test
  void shouldSplitRequestsIntoBaselineAndWindowIgnoringTheWarmUp() {
    TrialMeasure m = TrialMeasure.of(every10ms(0, 5_000, 0, 500), TIMELINE);

    assertThat(m.baselineRequests()).isEqualTo(100);
    assertThat(m.windowRequests()).isEqualTo(300);
    assertThat(m.baselineHeld()).as("warm-up failures do not count").isTrue();
    assertThat(m.collateralFailures()).isZero();
  }

  @Test
  void shouldCountWrongAnswersAmongCollateralFailuresAndApart() {
    List<Sample> samples = new ArrayList<>(every10ms(0, 5_000, 2_000, 2_100));
    samples.add(new Sample(3_000 * MS + 1, 900, Sample.WRONG_ANSWER));
    samples.add(new Sample(3_000 * MS + 2, 900, Sample.WRONG_ANSWER));

    TrialMeasure m = TrialMeasure.of(samples, TIMELINE);

    assertThat(m.collateralFailures()).isEqualTo(12);
    assertThat(m.wrongAnswers()).isEqualTo(2);
    assertThat(m.errors()).isEqualTo(Map.of("connect_refused", 10, "wrong_answer", 2));
  }

  @Test
  void shouldNotHoldTheSteadyStateWhenABaselineRequestFailed() {
    TrialMeasure m = TrialMeasure.of(every10ms(0, 5_000, 1_500, 1_510), TIMELINE);

    assertThat(m.baselineHeld()).isFalse();
    assertThat(m.baselineFailures()).isEqualTo(1);
    assertThat(m.baselineErrors()).isEqualTo(Map.of("connect_refused", 1));
  }

  @Test
  void shouldNotHoldTheSteadyStateWithoutAnyBaselineRequest() {
    assertThat(TrialMeasure.of(every10ms(2_000, 5_000, 0, 0), TIMELINE).baselineHeld()).isFalse();
  }

  @Test
  void shouldTakeP99OverEachPhaseIncludingFailures() {
    TrialMeasure m = TrialMeasure.of(every10ms(0, 5_000, 2_000, 2_300), TIMELINE);

    assertThat(m.baselineP99Ms()).isBetween(5.0, 5.01); // HdrHistogram, 3 significant digits
    assertThat(m.windowP99Ms()).isBetween(2_999.0, 3_002.0); // 30 of 300 took 3 s
  }

  @Test
  void shouldCarryTheRecovery() {
    assertThat(TrialMeasure.of(every10ms(0, 5_000, 2_000, 2_730), TIMELINE).recoveryMs())
        .isEqualTo(730);
  }
}
