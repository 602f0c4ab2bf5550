package dev.faultline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WorkerTimeoutsTest {
  private static final Duration HB = Duration.ofMillis(500);

  private static WorkerTimeouts timeouts(
      Duration heartbeat, Duration liveness, Duration grace, Duration deadline, Duration boot) {
    return new WorkerTimeouts(heartbeat, liveness, grace, deadline, boot);
  }

  @Test
  void shouldUseTheDocumentedDefaults() {
    WorkerTimeouts d = WorkerTimeouts.defaults();

    assertThat(d.heartbeatInterval()).isEqualTo(Duration.ofMillis(500));
    assertThat(d.liveness()).isEqualTo(Duration.ofSeconds(3));
    assertThat(d.killGrace()).isEqualTo(Duration.ofSeconds(2));
    assertThat(d.requestDeadline()).isEqualTo(Duration.ofSeconds(10));
    assertThat(d.boot()).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void shouldAcceptLivenessOfExactlyTwoHeartbeats() {
    assertThat(timeouts(HB, Duration.ofSeconds(1), HB, HB, Duration.ofSeconds(5)).liveness())
        .isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void shouldRejectHeartbeatFasterThan50Ms() {
    assertThatThrownBy(
            () ->
                timeouts(
                    Duration.ofMillis(10), Duration.ofSeconds(5), HB, HB, Duration.ofSeconds(5)))
        .isInstanceOf(ConfigException.class)
        .hasMessage("heartbeat-interval must be between 50ms and 10s, but was '10ms'");
  }

  @Test
  void shouldRejectLivenessShorterThanTwoHeartbeats() {
    assertThatThrownBy(() -> timeouts(HB, Duration.ofMillis(900), HB, HB, Duration.ofSeconds(5)))
        .hasMessage(
            "liveness-timeout must be between 2 x heartbeat-interval (1s) and 600s, but was '900ms'");
  }

  @Test
  void shouldRejectKillGraceBelow100Ms() {
    assertThatThrownBy(
            () ->
                timeouts(
                    HB, Duration.ofSeconds(5), Duration.ofMillis(50), HB, Duration.ofSeconds(5)))
        .hasMessage("kill-grace must be between 100ms and 60s, but was '50ms'");
  }

  @Test
  void shouldRejectDeadlineAboveOneHour() {
    assertThatThrownBy(
            () ->
                timeouts(HB, Duration.ofSeconds(5), HB, Duration.ofHours(2), Duration.ofSeconds(5)))
        .hasMessage("request-deadline must be between 100ms and 3600s, but was '7200s'");
  }

  @Test
  void shouldRejectBootTimeoutBelowOneSecond() {
    assertThatThrownBy(() -> timeouts(HB, Duration.ofSeconds(5), HB, HB, Duration.ofMillis(999)))
        .hasMessage("boot-timeout must be between 1s and 600s, but was '999ms'");
  }
}
