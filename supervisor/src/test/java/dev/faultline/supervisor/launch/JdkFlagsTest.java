package dev.faultline.supervisor.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JdkFlagsTest {
  @Test
  void shouldGiveNoFlagOnAJdkThatWarnsAboutNeither() {
    assertThat(JdkFlags.forJdk(17, true)).isEmpty();
    assertThat(JdkFlags.forJdk(21, true)).isEmpty();
  }

  @Test
  void shouldEnableNativeAccessFromJdk22AndUnsafeMemoryAccessFromJdk23ForFaultRunners() {
    assertThat(JdkFlags.forJdk(22, true)).containsExactly(JdkFlags.NATIVE_ACCESS);
    assertThat(JdkFlags.forJdk(23, true))
        .containsExactly(JdkFlags.NATIVE_ACCESS, JdkFlags.UNSAFE_MEMORY_ACCESS);
    assertThat(JdkFlags.forJdk(25, true))
        .containsExactly(
            "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow");
  }

  @Test
  void shouldNotAllowUnsafeMemoryAccessInAJvmThatRunsNoFault() {
    assertThat(JdkFlags.forJdk(25, false)).containsExactly(JdkFlags.NATIVE_ACCESS);
  }

  @Test
  void shouldGiveAWorkerAndAThreadServerTheFlagsOfThisJdkButAMasterNoUnsafe() {
    Path run = Path.of("/run");
    int jdk = Runtime.version().feature();

    assertThat(JavaCommand.withArchiveFlags(64, run, List.of(), "M", List.of()))
        .containsAll(JdkFlags.forJdk(jdk, true));
    assertThat(JavaCommand.forMain(64, run, "M", List.of()))
        .containsAll(JdkFlags.forJdk(jdk, true));
    assertThat(JavaCommand.forMaster(64, run, "M", List.of()))
        .containsAll(JdkFlags.forJdk(jdk, false))
        .doesNotContain(JdkFlags.UNSAFE_MEMORY_ACCESS);
  }
}
