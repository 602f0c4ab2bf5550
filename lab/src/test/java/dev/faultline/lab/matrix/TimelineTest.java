package dev.faultline.lab.matrix;

import static dev.faultline.lab.matrix.Samples.MS;
import static dev.faultline.lab.matrix.Samples.TIMELINE;
import static dev.faultline.lab.matrix.Samples.every10ms;
import static dev.faultline.lab.matrix.Samples.ok;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimelineTest {

  @Test
  void shouldMoveTheWindowWithALateInjectionKeepingItsLength() {
    Timeline late = TIMELINE.injectedAt(2_300 * MS);

    assertThat(late).isEqualTo(new Timeline(1_000 * MS, 2_000 * MS, 2_300 * MS, 5_300 * MS));
  }

  @Test
  void shouldCountRequestsDueBetweenTheBaselineAndALateInjectionInNeitherPhase() {
    Timeline late = TIMELINE.injectedAt(2_300 * MS);

    assertThat(late.inBaseline(ok(2_100))).isFalse();
    assertThat(late.inWindow(ok(2_100))).isFalse();
    assertThat(late.inBaseline(ok(1_990))).isTrue();
    assertThat(late.inWindow(ok(2_300))).isTrue();
    assertThat(late.inWindow(ok(5_300))).isFalse();
  }

  @Test
  void shouldMeasureTheRecoveryFromTheActualInjection() {
    Timeline late = TIMELINE.injectedAt(2_300 * MS);

    assertThat(Recovery.millis(every10ms(0, 6_000, 2_000, 2_500), late)).isEqualTo(200);
  }

  @Test
  void shouldMoveEveryPhaseWithALateBaseline() {
    assertThat(TIMELINE.startingBaselineAt(1_500 * MS))
        .isEqualTo(new Timeline(1_500 * MS, 2_500 * MS, 2_500 * MS, 5_500 * MS));
  }
}
