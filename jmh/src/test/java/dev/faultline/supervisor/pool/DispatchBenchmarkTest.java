package dev.faultline.supervisor.pool;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Each operation dispatches to the last, least-loaded worker and takes the job back: the loads
 * never drift, so every operation scans all N.
 */
class DispatchBenchmarkTest {

  @Test
  void shouldSendEveryJobToTheLastWorkerAndLeaveTheLoadsAsTheyWere() {
    DispatchBenchmark b = new DispatchBenchmark();
    b.workers = 8;
    b.setUp();

    for (int i = 0; i < 1_000; i++) {
      assertThat(b.dispatchOneToTheLeastLoaded()).as("answered by the last worker").isNotNull();
    }
  }
}
