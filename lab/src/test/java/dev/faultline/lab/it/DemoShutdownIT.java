package dev.faultline.lab.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The demo root leaves nothing behind: SIGTERM (what Ctrl-C's SIGINT does too) stops both servers
 * and every worker within 5 s; SIGKILL, which the root cannot act on, leaves nothing after 2 s
 * because every child watches a pipe its parent holds.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class DemoShutdownIT {
  @TempDir Path tmp;

  @ParameterizedTest(name = "SIG{0}: nothing left after {1} ms")
  @CsvSource({"TERM, 5000", "INT, 5000", "KILL, 2000"})
  void shouldLeaveNoProcessWhenTheRootIsSignalled(String signal, long limitMs) throws Exception {
    Path runDir = tmp.resolve("demo-" + signal);
    Path out = tmp.resolve("demo-" + signal + ".out");
    ProcessBuilder pb =
        new ProcessBuilder(
                FaultlineJar.javaJar(
                    List.of("-Xmx256m", "-XX:+UseSerialGC"),
                    List.of(
                        "demo",
                        "--duration",
                        "120s",
                        "--workers",
                        "2",
                        "--run-dir",
                        runDir.toString())))
            .directory(tmp.toFile())
            .redirectErrorStream(true)
            .redirectOutput(out.toFile());
    pb.environment().remove("FAULTLINE_CHAOS_TOKEN");
    Process demo = pb.start();
    Set<ProcessHandle> tree = new LinkedHashSet<>();
    try {
      await("both servers listening, load running")
          .atMost(Duration.ofSeconds(120))
          .pollInterval(Duration.ofMillis(200))
          .failFast("demo exited early", () -> !demo.isAlive())
          .until(() -> Files.readString(out, StandardCharsets.UTF_8).contains("firing"));
      tree.addAll(ProcessTree.processesMentioning(runDir));
      assertThat(tree).as("root, both servers and 2 workers").hasSizeGreaterThanOrEqualTo(5);

      long sentAt = System.nanoTime();
      new ProcessBuilder("kill", "-" + signal, String.valueOf(demo.pid())).start().waitFor();
      await("every process of the demo gone")
          .atMost(Duration.ofMillis(limitMs))
          .pollInterval(Duration.ofMillis(50))
          .until(
              () ->
                  ProcessTree.exited(demo.toHandle())
                      && ProcessTree.processesMentioning(runDir).isEmpty());
      long tookMs = (System.nanoTime() - sentAt) / 1_000_000;
      assertThat(tookMs).as("took %d ms", tookMs).isLessThanOrEqualTo(limitMs);
    } finally {
      tree.addAll(ProcessTree.processesMentioning(runDir));
      ProcessTree.endAll(demo.toHandle(), tree);
    }
  }
}
