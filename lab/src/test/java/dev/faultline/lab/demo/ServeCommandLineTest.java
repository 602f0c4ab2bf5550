package dev.faultline.lab.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.config.Mode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line of a served child JVM, as the demo, the matrix and the bench start it. */
class ServeCommandLineTest {
  private static final Path RUN_DIR = Path.of("/tmp/faultline-test-run");

  @Test
  void shouldStartAThreadServerWithTheHeapOfAllItsUnitsAndWatchingItsStdin() {
    List<String> cmd =
        ServeCommandLine.of(ServerSpec.of("thread", Mode.THREAD, 18081, 3, "token-token", RUN_DIR));

    assertThat(cmd.get(0)).endsWith("/bin/java");
    assertThat(cmd).contains("-Xmx192m", ServeCommandLine.FAULTLINE_MAIN);
    assertThat(String.join(" ", cmd))
        .contains(
            "serve --mode thread --port 18081 --workers 3 --unit-heap-mb 64 --run-dir "
                + RUN_DIR
                + " --exit-on-stdin-eof --shutdown-grace 2s");
  }

  @Test
  void shouldGiveAProcessModeMasterItsOwnHeap() {
    List<String> cmd =
        ServeCommandLine.of(
            ServerSpec.of("process", Mode.PROCESS, 18082, 4, "token-token", RUN_DIR));

    assertThat(cmd).contains("-Xmx" + ServeCommandLine.MASTER_HEAP_MB + "m", "process");
  }

  @Test
  void shouldLowerTheFileLimitThroughTheShellWithoutANewPid() {
    ServerSpec spec =
        ServerSpec.of("thread", Mode.THREAD, 18083, 1, "token-token", RUN_DIR).maxOpenFiles(64);

    List<String> cmd = ServeCommandLine.of(spec);

    assertThat(cmd.subList(0, 3))
        .containsExactly("sh", "-c", "ulimit -n 64 2>/dev/null; exec \"$0\" \"$@\"");
    assertThat(cmd.get(3)).endsWith("/bin/java");
  }
}
