package dev.faultline.supervisor.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.config.Mode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServerMetricsTest {

  @Test
  void shouldNameMetersThePrometheusWayWhenScraped() {
    ServerMetrics m = new ServerMetrics(Mode.PROCESS);
    m.watchUnits(2, () -> 1, () -> 3);
    m.requestAnswered("ok", 2_000_000);
    m.requestAnswered("worker_crashed", 9_000_000);
    m.workerDied("native_crash");
    m.workerRestarted();
    m.workerReadyAfterDeath(Duration.ofMillis(700));

    String text = m.scrape();

    assertThat(text)
        .contains("faultline_requests_total{mode=\"process\",outcome=\"ok\"} 1.0")
        .contains("faultline_requests_total{mode=\"process\",outcome=\"worker_crashed\"} 1.0")
        .contains("faultline_request_duration_seconds_bucket{mode=\"process\",le=\"0.01\"} 2")
        .contains("faultline_worker_deaths_total{cause=\"native_crash\",mode=\"process\"} 1.0")
        .contains("faultline_worker_restarts_total{mode=\"process\"} 1.0")
        .contains("faultline_worker_recovery_seconds_bucket{mode=\"process\",le=\"1.0\"} 1")
        .contains("faultline_units_ready{mode=\"process\"} 1.0")
        .contains("faultline_queue_length{mode=\"process\"} 3.0")
        .contains("jvm_memory_used_bytes")
        .contains("process_resident_memory_bytes{mode=\"process\"}");
  }
}
