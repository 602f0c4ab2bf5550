package dev.faultline.lab.it;

import static dev.faultline.lab.it.ServerLogFile.containsAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.faultline.lab.it.ServerJvm.Reply;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker frozen with SIGSTOP from outside, against real JVMs: once its heartbeats are missing and
 * its /proc state is {@code T}, it gets SIGKILL at once (no SIGTERM grace it could not act on), and
 * the requests it held are retried on the other worker at that moment: none of them fails.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class StoppedWorkerIT {
  private static final int WORKERS = 2;

  @TempDir(cleanup = CleanupMode.ON_SUCCESS)
  Path tmp;

  @RegisterExtension final ServerExtension servers = new ServerExtension();
  private ServerJvm server;

  private Reply getQuietly(String path) {
    try {
      return server.get(path);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void shouldSigkillAStoppedWorkerAtOnceAndRetryWhatItHadInFlight() throws Exception {
    server =
        servers.start(
            "process",
            WORKERS,
            null,
            tmp.resolve("run"),
            List.of("--heartbeat-interval", "200ms", "--liveness-timeout", "2s"));
    JsonObject before = server.awaitAllReady(WORKERS);
    long pid = before.getJsonArray("workers").getJsonObject(1).getLong("pid");
    int logStart = server.log().size();

    Process stop = new ProcessBuilder("kill", "-STOP", String.valueOf(pid)).start();
    assertThat(stop.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(stop.exitValue()).as("kill -STOP %d", pid).isZero();
    List<CompletableFuture<Reply>> replies = // some land on the stopped worker before it shows
        java.util.stream.IntStream.range(700, 706)
            .mapToObj(
                i -> CompletableFuture.supplyAsync(() -> getQuietly("/work?cost=1&input=" + i)))
            .toList();

    for (CompletableFuture<Reply> r : replies) {
      assertThat(r.get(30, TimeUnit.SECONDS).status())
          .as("a bystander of the stall")
          .isEqualTo(200);
    }
    server.awaitLogLine(
        logStart,
        "the stopped worker killed at once",
        containsAll("(pid " + pid + "): no heartbeat for", "state is T (stopped)", "SIGKILL now"));
    JsonObject death =
        await("crash report of pid " + pid)
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    server.crashEvents().stream()
                        .filter(e -> "worker_died".equals(e.getString("event")))
                        .filter(e -> e.getLong("pid") == pid)
                        .findFirst(),
                java.util.Optional::isPresent)
            .get();
    assertThat(death.getString("causeClass")).isEqualTo("stopped");
    assertThat(death.getString("description")).contains("SIGKILL at once");
    assertThat(death.getInteger("exitCode")).isEqualTo(137);
    assertThat(death.getJsonArray("inFlight").stream().map(o -> ((JsonObject) o).getString("fate")))
        .as("requests it held, retried when its silence showed")
        .isNotEmpty()
        .allMatch("retried"::equals);
    assertThat(server.logText()).doesNotContain("(pid " + pid + ") ignored SIGTERM");
    server.awaitAllReady(WORKERS);
  }
}
