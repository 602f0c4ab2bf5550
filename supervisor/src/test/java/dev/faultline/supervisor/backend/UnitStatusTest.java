package dev.faultline.supervisor.backend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.supervisor.metrics.ProcMemory;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UnitStatusTest {
  @Test
  void shouldReadBackAWorkerAsItWasWrittenWithRequestMemoryAndLastDeath() {
    UnitStatus worker =
        new UnitStatus(
            "worker-2",
            4242,
            BoardState.BUSY,
            17,
            new UnitStatus.CurrentRequest(99, "GET /work?input=3", 12),
            new ProcMemory(50_000_000, 30_000_000),
            3,
            new UnitStatus.LastDeath(
                "SIGSEGV", "crash", Instant.parse("2026-12-07T10:00:00Z"), "98 GET /work"));

    assertThat(UnitStatus.fromJson(worker.toJson())).isEqualTo(worker);
  }

  @Test
  void shouldReadBackAThreadWithNoMemoryOfItsOwnNoRequestAndNoDeath() {
    UnitStatus thread =
        new UnitStatus("thread-1", 7, BoardState.IDLE, 0, null, ProcMemory.UNKNOWN, 0, null);

    assertThat(UnitStatus.fromJson(thread.toJson())).isEqualTo(thread);
  }
}
