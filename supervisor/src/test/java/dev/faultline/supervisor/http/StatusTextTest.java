package dev.faultline.supervisor.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.supervisor.backend.BoardState;
import dev.faultline.supervisor.backend.Scoreboard;
import dev.faultline.supervisor.backend.UnitStatus;
import dev.faultline.supervisor.metrics.ProcMemory;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusTextTest {

  @Test
  void shouldShowOneCharacterPerUnitAndOneLinePerUnitWhenRendered() {
    UnitStatus busy =
        new UnitStatus(
            "worker-1",
            4712,
            BoardState.BUSY,
            40,
            new UnitStatus.CurrentRequest(8812, "GET /work?input=1&cost=2", 12),
            new ProcMemory(80L << 20, 30L << 20),
            1,
            new UnitStatus.LastDeath(
                "SIGSEGV in Unsafe_PutLong",
                "native_crash",
                Instant.parse("2025-01-01T10:00:00Z"),
                "8800 GET /work?fault=segfault"));
    UnitStatus spare =
        new UnitStatus("spare", 4713, BoardState.SPARE, 0, null, ProcMemory.UNKNOWN, 0, null);

    String text =
        StatusText.render(
            Scoreboard.server("process", "serving")
                .put("scoreboard", Scoreboard.of(List.of(busy, spare))));

    assertThat(text)
        .contains("faultline process mode")
        .contains("scoreboard W+ ")
        .containsPattern(
            "worker-1 +4712 +busy +40 +80\\.0 +30\\.0 +1 +8812 GET /work\\?input=1&cost=2 +12 ms")
        .contains("last death: SIGSEGV in Unsafe_PutLong at 2025-01-01T10:00:00Z, lost 8800 GET")
        .containsPattern("spare +4713 +spare");
  }
}
