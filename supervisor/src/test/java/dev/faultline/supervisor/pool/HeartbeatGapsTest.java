package dev.faultline.supervisor.pool;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeartbeatGapsTest {
  private static final long MS = 1_000_000;

  @Test
  void shouldMeasureTheSilenceEachHeartbeatEnds() {
    Worker w = FakeProcess.ready(7, 1, 100 * MS);

    assertThat(w.heartbeat(600 * MS)).isEqualTo(500);
    assertThat(w.heartbeat(1_700 * MS)).isEqualTo(1_100);
    assertThat(w.heartbeat(1_650 * MS)).as("read out of order").isZero();
  }

  @Test
  void shouldEndNoSilenceForAWorkerNeverMarkedReady() {
    Worker condemnedWhileBooting = FakeProcess.worker(7, 1, Worker.Role.SLOT);

    assertThat(condemnedWhileBooting.heartbeat(10_470_356 * MS)).isZero();
    assertThat(condemnedWhileBooting.lastHeartbeatNanos()).isZero();
  }

  @Test
  void shouldKeepTheLongestSilenceAndWhoseItWas() {
    HeartbeatGaps gaps = new HeartbeatGaps();

    gaps.observed(7, 500);
    gaps.observed(8, 1_900);
    gaps.observed(7, 700);

    assertThat(gaps.longestMillis()).isEqualTo(1_900);
    assertThat(gaps.longestPid()).isEqualTo(8);
    assertThat(gaps.describe(java.time.Duration.ofSeconds(3)))
        .isEqualTo(
            "the longest silence of a worker that spoke again: 1900 ms (pid 8); liveness timeout 3s");
  }

  @Test
  void shouldSaySoWhenNoHeartbeatCameYet() {
    assertThat(new HeartbeatGaps().describe(java.time.Duration.ofSeconds(3)))
        .isEqualTo("no heartbeat from a ready worker yet; liveness timeout 3s");
  }
}
