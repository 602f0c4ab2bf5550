package dev.faultline.supervisor.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcMemoryTest {

  @Test
  void shouldAddPrivateCleanAndDirtyWhenSmapsRollupIsRead() {
    ProcMemory m =
        ProcMemory.parse(
            List.of(
                "55d0c4a00000-7ffd8a9ff000 ---p 00000000 00:00 0  [rollup]",
                "Rss:               81200 kB",
                "Pss:               60000 kB",
                "Private_Clean:       100 kB",
                "Private_Dirty:     30000 kB"));

    assertThat(m.rssBytes()).isEqualTo(81_200L * 1024);
    assertThat(m.privateBytes()).isEqualTo(30_100L * 1024);
  }

  @Test
  void shouldBeUnknownWhenTheProcessIsGone() {
    assertThat(ProcMemory.of(Long.MAX_VALUE).known()).isFalse();
  }

  @Test
  void shouldReadThisProcessWhenItRuns() {
    ProcMemory m = ProcMemory.of(ProcessHandle.current().pid());

    assertThat(m.rssBytes()).isGreaterThan(m.privateBytes()).isGreaterThan(0);
  }

  @Test
  void shouldGiveThisProcessesResidentMemoryInKibForTheRecycler() {
    long kib = ProcMemory.residentKib(ProcessHandle.current().pid()).orElseThrow();

    assertThat(kib).as("a running JVM holds more than 10 MiB").isGreaterThan(10 * 1024);
    assertThat(ProcMemory.residentKib(Long.MAX_VALUE)).isEmpty();
  }
}
