package dev.faultline.lab.matrix;

import static dev.faultline.lab.matrix.Samples.TIMELINE;
import static dev.faultline.lab.matrix.Samples.every10ms;
import static dev.faultline.lab.matrix.Samples.failed;
import static dev.faultline.lab.matrix.Samples.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryTest {

  @Test
  void shouldRecoverWithTheFirstRequestAfterTheInjectionWhenNothingFailed() {
    assertThat(Recovery.millis(every10ms(0, 5_000, 0, 0), TIMELINE)).isZero();
  }

  @Test
  void shouldRecoverWhereAFullSecondOfCorrectAnswersBegins() {
    List<Sample> samples = every10ms(0, 5_000, 2_000, 2_730);

    assertThat(Recovery.millis(samples, TIMELINE)).isEqualTo(730);
  }

  @Test
  void shouldNotCountAStreakShorterThanASecond() {
    List<Sample> samples = new ArrayList<>(every10ms(0, 5_000, 2_000, 2_500));
    samples.set(samples.indexOf(ok(3_400)), failed(3_400)); // 2.5-3.4 s correct: 900 ms only

    assertThat(Recovery.millis(samples, TIMELINE)).isEqualTo(1_410);
  }

  @Test
  void shouldNeverRecoverWhenFailuresLastUntilTheEndOfTheWindow() {
    assertThat(Recovery.millis(every10ms(0, 5_000, 2_000, 5_000), TIMELINE)).isNull();
  }

  @Test
  void shouldNeedTheWholeStreakInsideTheWindow() {
    List<Sample> recoversLate =
        every10ms(0, 6_000, 2_000, 4_200); // correct from 4.2 s, window ends at 5 s

    assertThat(Recovery.millis(recoversLate, TIMELINE)).isNull();
  }

  @Test
  void shouldAcceptAStreakThatEndsExactlyAtTheEndOfTheWindow() {
    assertThat(Recovery.millis(every10ms(0, 5_000, 2_000, 4_000), TIMELINE)).isEqualTo(2_000);
  }

  @Test
  void shouldIgnoreFailuresBeforeTheInjection() {
    assertThat(Recovery.millis(every10ms(0, 5_000, 1_000, 2_000), TIMELINE)).isZero();
  }

  @Test
  void shouldReadSamplesInAnyOrder() {
    List<Sample> samples = new ArrayList<>(every10ms(0, 5_000, 2_000, 2_730));
    java.util.Collections.reverse(samples);

    assertThat(Recovery.millis(samples, TIMELINE)).isEqualTo(730);
  }

  @Test
  void shouldNotCallAStreakBeforeTheDamageShowedARecovery() {
    List<Sample> lateDamage =
        every10ms(0, 5_000, 3_500, 5_000); // fine for 1.5 s after the injection, then down

    assertThat(Recovery.millis(lateDamage, TIMELINE)).isNull();
  }

  @Test
  void shouldRecoverAfterTheFirstFailureEvenIfItCameLate() {
    assertThat(Recovery.millis(every10ms(0, 5_000, 2_500, 3_000), TIMELINE)).isEqualTo(1_000);
  }

  @Test
  void shouldNotRecoverWithoutAnyRequestInTheWindow() {
    assertThat(Recovery.millis(every10ms(0, 2_000, 0, 0), TIMELINE)).isNull();
  }
}
