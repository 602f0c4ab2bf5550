package dev.faultline.supervisor.death;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EndingTest {
  private static List<Ending> all() {
    return Stream.of(Ending.Died.values(), Ending.Killed.values(), Ending.Retired.values())
        .flatMap(Stream::of)
        .map(Ending.class::cast)
        .toList();
  }

  @Test
  void shouldKeepTheCrashReportsCauseClassCodes() {
    assertThat(all())
        .extracting(Ending::code)
        .containsExactly(
            "native_crash",
            "out_of_memory",
            "state_corrupted",
            "exit_code",
            "killed_by_signal",
            "liveness_timeout",
            "stopped",
            "deadline",
            "boot_timeout",
            "disconnected",
            "drain_timeout",
            "shutdown",
            "recycled");
  }

  @Test
  void shouldMakeSuspectsOfRequestsOnlyForDeathsARequestCanCause() {
    assertThat(all().stream().filter(Ending::implicatesRequests))
        .containsExactly(
            Ending.Died.NATIVE_CRASH,
            Ending.Died.OUT_OF_MEMORY,
            Ending.Died.STATE_CORRUPTED,
            Ending.Died.EXIT_CODE,
            Ending.Killed.LIVENESS_TIMEOUT);
  }
}
