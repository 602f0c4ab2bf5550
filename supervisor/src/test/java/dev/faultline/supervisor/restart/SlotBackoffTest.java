package dev.faultline.supervisor.restart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.config.RestartPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SlotBackoffTest {
  private static RestartPolicy policy(
      long initialMs, double multiplier, double jitter, long maxMs) {
    return new RestartPolicy(
        10,
        Duration.ofSeconds(60),
        Duration.ofMillis(initialMs),
        Duration.ofMillis(maxMs),
        multiplier,
        jitter,
        Duration.ofSeconds(30),
        5,
        false);
  }

  @Test
  void shouldDoubleWithoutJitterUpToTheCap() {
    SlotBackoff backoff = new SlotBackoff(policy(100, 2.0, 0.0, 1_000));

    assertThat(backoff.delayMillis(1)).isEqualTo(100);
    assertThat(backoff.delayMillis(2)).isEqualTo(200);
    assertThat(backoff.delayMillis(3)).isEqualTo(400);
    assertThat(backoff.delayMillis(4)).isEqualTo(800);
    assertThat(backoff.delayMillis(5)).isEqualTo(1_000);
    assertThat(backoff.delayMillis(50)).isEqualTo(1_000);
  }

  @Test
  void shouldStayWithinTheJitterBandAndVary() {
    SlotBackoff backoff = new SlotBackoff(policy(1_000, 2.0, 0.2, 10_000));
    java.util.Set<Long> seen = new java.util.HashSet<>();

    for (int i = 0; i < 200; i++) {
      long d = backoff.delayMillis(1);
      assertThat(d).isBetween(800L, 1_200L);
      seen.add(d);
    }
    assertThat(seen).as("jittered delays").hasSizeGreaterThan(10);
  }

  @Test
  void shouldTreatAttemptZeroAsTheFirst() {
    SlotBackoff backoff = new SlotBackoff(policy(100, 2.0, 0.0, 1_000));

    assertThat(backoff.delayMillis(0)).isEqualTo(100);
  }

  @Test
  void shouldKeepTheDelayConstantWithMultiplierOne() {
    SlotBackoff backoff = new SlotBackoff(policy(250, 1.0, 0.0, 1_000));

    assertThat(backoff.delayMillis(1)).isEqualTo(250);
    assertThat(backoff.delayMillis(7)).isEqualTo(250);
  }
}
