package dev.faultline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RestartPolicyTest {
  private static RestartPolicy policy(
      int intensity,
      Duration period,
      Duration initial,
      Duration max,
      double multiplier,
      double jitter,
      Duration resetAfter,
      int maxBootFailures) {
    return new RestartPolicy(
        intensity, period, initial, max, multiplier, jitter, resetAfter, maxBootFailures, false);
  }

  private static RestartPolicy withIntensity(int intensity) {
    RestartPolicy d = RestartPolicy.defaults();
    return policy(
        intensity,
        d.period(),
        d.backoffInitial(),
        d.backoffMax(),
        d.backoffMultiplier(),
        d.backoffJitter(),
        d.backoffResetAfter(),
        d.maxBootFailures());
  }

  @Test
  void shouldUseTheDocumentedDefaults() {
    RestartPolicy d = RestartPolicy.defaults();

    assertThat(d.intensity()).isEqualTo(10);
    assertThat(d.period()).isEqualTo(Duration.ofSeconds(60));
    assertThat(d.backoffInitial()).isEqualTo(Duration.ofMillis(100));
    assertThat(d.backoffMax()).isEqualTo(Duration.ofSeconds(10));
    assertThat(d.backoffMultiplier()).isEqualTo(2.0);
    assertThat(d.backoffJitter()).isEqualTo(0.2);
    assertThat(d.backoffResetAfter()).isEqualTo(Duration.ofSeconds(30));
    assertThat(d.maxBootFailures()).isEqualTo(5);
    assertThat(d.exitOnExhaustion()).isFalse();
    assertThat(d.describeBudget()).isEqualTo("10 restarts in 60s");
  }

  @Test
  void shouldAcceptZeroIntensityMeaningNeverRestart() {
    assertThat(withIntensity(0).intensity()).isZero();
  }

  @Test
  void shouldDescribeABudgetOfOneRestartInTheSingular() {
    assertThat(withIntensity(1).describeBudget()).isEqualTo("1 restart in 60s");
  }

  @Test
  void shouldRejectNegativeIntensityNamingTheKey() {
    assertThatThrownBy(() -> withIntensity(-1))
        .isInstanceOf(ConfigException.class)
        .hasMessage("restart-intensity must be between 0 and 1000, but was -1");
  }

  @Test
  void shouldRejectPeriodShorterThanOneSecond() {
    RestartPolicy d = RestartPolicy.defaults();
    assertThatThrownBy(
            () ->
                policy(
                    10,
                    Duration.ofMillis(500),
                    d.backoffInitial(),
                    d.backoffMax(),
                    2,
                    0.2,
                    d.backoffResetAfter(),
                    5))
        .hasMessage("restart-period must be between 1s and 86400s, but was '500ms'");
  }

  @Test
  void shouldRejectZeroInitialBackoff() {
    assertThatThrownBy(
            () ->
                policy(
                    10,
                    Duration.ofSeconds(60),
                    Duration.ZERO,
                    Duration.ofSeconds(10),
                    2,
                    0.2,
                    Duration.ofSeconds(30),
                    5))
        .hasMessage("restart-backoff must be between 1ms and 600s, but was '0s'");
  }

  @Test
  void shouldRejectMaxBackoffBelowTheInitialOne() {
    assertThatThrownBy(
            () ->
                policy(
                    10,
                    Duration.ofSeconds(60),
                    Duration.ofSeconds(2),
                    Duration.ofSeconds(1),
                    2,
                    0.2,
                    Duration.ofSeconds(30),
                    5))
        .hasMessage("restart-backoff-max must be between 2s and 600s, but was '1s'");
  }

  @Test
  void shouldRejectMultiplierBelowOne() {
    assertThatThrownBy(
            () ->
                policy(
                    10,
                    Duration.ofSeconds(60),
                    Duration.ofMillis(100),
                    Duration.ofSeconds(10),
                    0.5,
                    0.2,
                    Duration.ofSeconds(30),
                    5))
        .hasMessage("restart-backoff-multiplier must be between 1.0 and 10.0, but was 0.5");
  }

  @Test
  void shouldRejectJitterOfOneOrMore() {
    assertThatThrownBy(
            () ->
                policy(
                    10,
                    Duration.ofSeconds(60),
                    Duration.ofMillis(100),
                    Duration.ofSeconds(10),
                    2,
                    1.0,
                    Duration.ofSeconds(30),
                    5))
        .hasMessage("restart-backoff-jitter must be between 0.0 and 0.9, but was 1.0");
  }

  @Test
  void shouldRejectNotANumberJitter() {
    assertThatThrownBy(
            () ->
                policy(
                    10,
                    Duration.ofSeconds(60),
                    Duration.ofMillis(100),
                    Duration.ofSeconds(10),
                    2,
                    Double.NaN,
                    Duration.ofSeconds(30),
                    5))
        .hasMessage("restart-backoff-jitter must be between 0.0 and 0.9, but was NaN");
  }

  @Test
  void shouldRejectResetAfterBelowOneSecond() {
    assertThatThrownBy(
            () ->
                policy(
                    10,
                    Duration.ofSeconds(60),
                    Duration.ofMillis(100),
                    Duration.ofSeconds(10),
                    2,
                    0.2,
                    Duration.ofMillis(10),
                    5))
        .hasMessage("restart-backoff-reset-after must be between 1s and 86400s, but was '10ms'");
  }

  @Test
  void shouldRejectZeroBootFailures() {
    assertThatThrownBy(
            () ->
                policy(
                    10,
                    Duration.ofSeconds(60),
                    Duration.ofMillis(100),
                    Duration.ofSeconds(10),
                    2,
                    0.2,
                    Duration.ofSeconds(30),
                    0))
        .hasMessage("max-boot-failures must be between 1 and 100, but was 0");
  }

  @Test
  void shouldRejectMissingPeriod() {
    assertThatThrownBy(
            () ->
                policy(
                    10,
                    null,
                    Duration.ofMillis(100),
                    Duration.ofSeconds(10),
                    2,
                    0.2,
                    Duration.ofSeconds(30),
                    5))
        .hasMessage("restart-period must be between 1s and 86400s, but was 'nothing'");
  }
}
