package dev.faultline.supervisor.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class DeathStepsTest {
  @Test
  void shouldKeepTheLongestDeathAndItsPidWhenSeveralAreTimed() {
    DeathSteps steps = new DeathSteps();

    steps.timed(7, () -> {});
    steps.timed(8, () -> LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20)));
    steps.timed(9, () -> {});

    assertThat(steps.longestPid()).isEqualTo(8);
    assertThat(steps.longestMillis()).isGreaterThanOrEqualTo(20.0);
    assertThat(steps.describe())
        .startsWith("the longest a death held the pool loop: ")
        .endsWith(" ms (pid 8)");
  }

  @Test
  void shouldTimeADeathEvenWhenHandlingItThrows() {
    DeathSteps steps = new DeathSteps();

    assertThatThrownBy(
            () ->
                steps.timed(
                    5,
                    () -> {
                      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");

    assertThat(steps.longestPid()).isEqualTo(5);
    assertThat(steps.longestMillis()).isGreaterThanOrEqualTo(5.0);
  }

  @Test
  void shouldSayNoDeathBeforeAnyWasTimed() {
    assertThat(new DeathSteps().describe())
        .isEqualTo("no worker died: no death held the pool loop");
  }

  @Test
  void shouldAddTheStepsOfOneDeathUntilItIsFinished() {
    DeathSteps steps = new DeathSteps();

    steps.timed(7, () -> LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(15)));
    steps.timed(7, () -> LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(15)));
    double bothSteps = steps.longestMillis();
    steps.finished(7);
    steps.timed(7, () -> {}); // a later death with the same pid starts from zero

    assertThat(bothSteps).isGreaterThanOrEqualTo(30.0);
    assertThat(steps.longestMillis()).isEqualTo(bothSteps);
    assertThat(steps.longestPid()).isEqualTo(7);
  }
}
