package dev.faultline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SupervisionTest {
  private static Supervision with(
      int spares, int threads, int queue, Duration quarantine, Duration grace) {
    return new Supervision(
        RestartPolicy.defaults(),
        WorkerTimeouts.defaults(),
        Recycling.off(),
        spares,
        threads,
        queue,
        quarantine,
        grace);
  }

  @Test
  void shouldUseTheDocumentedDefaults() {
    Supervision d = Supervision.defaults();

    assertThat(d.spares()).isZero();
    assertThat(d.threadsPerWorker()).isEqualTo(1);
    assertThat(d.queueBound()).isEqualTo(1024);
    assertThat(d.quarantine()).isEqualTo(Duration.ofSeconds(60));
    assertThat(d.shutdownGrace()).isEqualTo(Duration.ofSeconds(10));
    assertThat(d.recycling().enabled()).isFalse();
  }

  @Test
  void shouldRejectTooManySpares() {
    assertThatThrownBy(() -> with(17, 1, 10, Duration.ofSeconds(5), Duration.ZERO))
        .isInstanceOf(ConfigException.class)
        .hasMessage("spares must be between 0 and 16, but was 17");
  }

  @Test
  void shouldRejectZeroThreadsPerWorker() {
    assertThatThrownBy(() -> with(0, 0, 10, Duration.ofSeconds(5), Duration.ZERO))
        .hasMessage("threads-per-worker must be between 1 and 64, but was 0");
  }

  @Test
  void shouldRejectNegativeQueueBound() {
    assertThatThrownBy(() -> with(0, 1, -1, Duration.ofSeconds(5), Duration.ZERO))
        .hasMessage("queue-bound must be between 0 and 100000, but was -1");
  }

  @Test
  void shouldRejectQuarantineBelowOneSecond() {
    assertThatThrownBy(() -> with(0, 1, 10, Duration.ofMillis(10), Duration.ZERO))
        .hasMessage("quarantine must be between 1s and 86400s, but was '10ms'");
  }

  @Test
  void shouldRejectShutdownGraceAboveTenMinutes() {
    assertThatThrownBy(() -> with(0, 1, 10, Duration.ofSeconds(5), Duration.ofMinutes(11)))
        .hasMessage("shutdown-grace must be between 0s and 600s, but was '660s'");
  }

  @Test
  void shouldRejectMissingRestartPolicy() {
    assertThatThrownBy(
            () ->
                new Supervision(
                    null,
                    WorkerTimeouts.defaults(),
                    Recycling.off(),
                    0,
                    1,
                    10,
                    Duration.ofSeconds(5),
                    Duration.ZERO))
        .hasMessage("restart policy is required, but was 'nothing'");
  }
}
