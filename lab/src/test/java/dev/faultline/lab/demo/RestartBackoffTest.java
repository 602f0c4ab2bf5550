package dev.faultline.lab.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestartBackoffTest {
  private static final Duration QUICK = Duration.ofSeconds(1);

  @Test
  void shouldRestartAtOnceThenDoubleTheWaitUpToTheCapWhenTheServerKeepsDying() {
    RestartBackoff b = new RestartBackoff();
    List<Long> waits = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      waits.add(b.afterDeath(QUICK).toMillis());
    }

    assertThat(waits).containsExactly(0L, 500L, 1_000L, 2_000L, 4_000L, 8_000L, 10_000L, 10_000L);
  }

  @Test
  void shouldStartOverWhenTheServerStayedUpLongEnough() {
    RestartBackoff b = new RestartBackoff();
    b.afterDeath(QUICK);
    b.afterDeath(QUICK);
    b.afterDeath(QUICK);

    assertThat(b.afterDeath(RestartBackoff.RESET_AFTER)).isZero();
    assertThat(b.afterDeath(QUICK)).isEqualTo(RestartBackoff.FIRST);
  }
}
