package dev.faultline.lab.bench.proc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class ProcParsersTest {
  @Test
  void shouldReadPrivateAndPssWhenGivenSmapsRollup() {
    MemoryUse m =
        MemoryUse.parse(
            List.of(
                "55d0c0000000-7ffd1d1fe000 ---p 00000000 00:00 0    [rollup]",
                "Rss:               41234 kB",
                "Pss:               30123 kB",
                "Shared_Clean:      12000 kB",
                "Shared_Dirty:        100 kB",
                "Private_Clean:      1000 kB",
                "Private_Dirty:     28134 kB"));
    assertThat(m.pssKib()).isEqualTo(30123);
    assertThat(m.privateKib()).isEqualTo(29134);
    assertThat(m.toJson().getLong("sharedKib")).isEqualTo(12100);
  }

  @Test
  void shouldCountTheChildrenTooWhenReadingAProcessTree() throws Exception {
    // a shell waiting for its sleep: two processes of one thread each, none ending meanwhile
    Process shell = new ProcessBuilder("sh", "-c", "sleep 30; true").start();
    try {
      ProcessHandle sleep =
          Awaitility.await()
              .atMost(Duration.ofSeconds(10))
              .until(() -> shell.descendants().findFirst().orElse(null), Objects::nonNull);
      Awaitility.await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> ContextSwitches.of(sleep.pid()).total() > 0);
      long own = ContextSwitches.of(shell.pid()).total();
      long child = ContextSwitches.of(sleep.pid()).total();

      long tree = ContextSwitches.ofTree(shell.pid()).total();

      assertThat(tree).isGreaterThanOrEqualTo(own + child);
    } finally {
      shell.descendants().forEach(ProcessHandle::destroyForcibly);
      shell.destroyForcibly().waitFor();
    }
  }

  @Test
  void shouldSumVoluntaryAndInvoluntaryWhenGivenTaskStatus() {
    ContextSwitches c =
        ContextSwitches.parse(
            List.of(
                "Name:\tjava", "voluntary_ctxt_switches:\t120", "nonvoluntary_ctxt_switches:\t7"));
    assertThat(c).isEqualTo(new ContextSwitches(120, 7));
    assertThat(c.plus(c).minus(c).total()).isEqualTo(127);
  }

  @Test
  void shouldReadTheStackPointerWhenTheThreadIsInASystemCall() {
    assertThat(
            StackMappings.parseSyscall(
                "202 0x7f12c0 0x80 0x0 0x0 0x0 0x0 0x7f12bd7fe9a0 0x7f12c0aa1b2f\n"))
        .isEqualTo(0x7f12bd7fe9a0L);
    assertThat(StackMappings.parseSyscall("running\n")).isZero();
  }

  @Test
  void shouldCountSharedPagesOnlyOfTheNamedFiles() {
    List<String> smaps =
        List.of(
            "7f0000000000-7f0000100000 r--p 00000000 fe:01 1234   /usr/lib/jvm/lib/server/libjvm.so",
            "Rss:                1024 kB",
            "Shared_Clean:        800 kB",
            "Shared_Dirty:          0 kB",
            "7f0000200000-7f0000300000 rw-p 00000000 00:00 0",
            "Shared_Clean:        500 kB",
            "800000000-800400000 rw-p 00000000 fe:01 99    /usr/lib/jvm/lib/server/classes.jsa",
            "Shared_Clean:         64 kB",
            "Shared_Dirty:          8 kB");
    assertThat(SharedMappings.sharedKib(smaps, p -> p.endsWith("libjvm.so") || p.endsWith(".jsa")))
        .isEqualTo(872);
  }
}
