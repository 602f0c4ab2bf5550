package dev.faultline.lab.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which of a server's lines reach the console, and what the file and the summary keep. */
class ServerLogTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "21:15:30.703 INFO  thread mode listening on http://127.0.0.1:41379 (pid 9290, 4 threads, chaos on)",
        "21:15:41.667 WARN  worker 1 (pid 9389) died after 11297 ms up: SIGSEGV in Unsafe_PutLong+0x124",
        "21:16:24.881 INFO  worker 1 (pid 10715) | Terminating due to java.lang.OutOfMemoryError: Java heap space",
        "21:15:46.360 INFO  stopping (JVM exit)",
        "Terminating due to java.lang.OutOfMemoryError: Java heap space"
      })
  void shouldShowTheServersOwnOneLineFacts(String line) {
    assertThat(ServerLog.isFact(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "21:15:46.412 WARN  [ServerBootstrap] Failed to register an accepted channel: [id: 0x26ff2859, L:/127.0.0.1:41379]",
        "java.lang.IllegalStateException: null",
        "\tat io.vertx.core.net.impl.VertxEventLoopGroup.next(VertxEventLoopGroup.java:37)",
        "Caused by: java.io.IOException: Too many open files",
        "\t... 12 more",
        "21:16:24.881 INFO  worker 1 (pid 10715) | \tat dev.faultline.chaos.Oom.run(Oom.java:12)",
        "21:16:24.881 INFO  worker 1 (pid 10715) | Caused by: java.lang.Error",
        "Exception in thread \"main\" java.lang.RuntimeException: boom"
      })
  void shouldKeepStackTracesAndLibraryLinesOffTheConsole(String line) {
    assertThat(ServerLog.isFact(line)).isFalse();
  }

  @Test
  void shouldKeepEveryLineInTheFileAndSummarizeTheUnexpectedOnesOnce() throws Exception {
    try (ServerLog log = new ServerLog(dir)) {
      log.keep("21:15:30.703 INFO  thread mode listening on http://127.0.0.1:1 (pid 1)");
      for (int i = 0; i < 2; i++) {
        log.keep("21:15:46.412 WARN  [ServerBootstrap] Failed to register an accepted channel");
        log.keep("java.lang.IllegalStateException: null");
        log.keep(
            "\tat io.vertx.core.net.impl.VertxEventLoopGroup.next(VertxEventLoopGroup.java:37)");
        log.keep("\tat io.netty.bootstrap.ServerBootstrap.channelRead(ServerBootstrap.java:247)");
      }

      assertThat(log.summary())
          .isEqualTo("8 unexpected log lines (2 stack traces) in " + dir.resolve("server.log"));
      assertThat(log.summary()).as("already said").isNull();
    }
    assertThat(Files.readAllLines(dir.resolve("server.log"))).hasSize(9);
  }

  @Test
  void shouldSayNothingWhenOnlyFactsWereLogged() {
    try (ServerLog log = new ServerLog(dir)) {
      assertThat(log.keep("21:15:46.360 INFO  stopping (JVM exit)")).isTrue();
      assertThat(log.summary()).isNull();
    }
  }
}
