package dev.faultline.supervisor.restart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.supervisor.testing.HandSetClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RestartWindowTest {
  private final HandSetClock clock = new HandSetClock();

  @Test
  void shouldAllowExactlyIntensityRestartsWithinThePeriod() {
    RestartWindow window = new RestartWindow(2, Duration.ofSeconds(10), clock);

    assertThat(window.exceeded(window.record())).isFalse();
    clock.advance(Duration.ofSeconds(1));
    assertThat(window.exceeded(window.record())).isFalse();
    clock.advance(Duration.ofSeconds(1));
    int third = window.record();

    assertThat(third).isEqualTo(3);
    assertThat(window.exceeded(third)).isTrue();
  }

  @Test
  void shouldForgetRestartsOlderThanThePeriod() {
    RestartWindow window = new RestartWindow(1, Duration.ofSeconds(5), clock);
    window.record();

    clock.advance(Duration.ofSeconds(5));

    assertThat(window.current()).isZero();
    assertThat(window.exceeded(window.record())).isFalse();
  }

  @Test
  void shouldExceedOnTheFirstRestartWhenIntensityIsZero() {
    RestartWindow window = new RestartWindow(0, Duration.ofSeconds(5), clock);

    assertThat(window.exceeded(window.record())).isTrue();
  }

  @Test
  void shouldCountRestartsAtTheSameInstantSeparately() {
    RestartWindow window = new RestartWindow(5, Duration.ofSeconds(5), clock);
    window.record();
    window.record();

    assertThat(window.current()).isEqualTo(2);
  }
}
