package dev.faultline.lab.it;

import static dev.faultline.lab.it.ServerUnderTest.containsAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The restart policy against real worker JVMs: boot failures are retried with a growing backoff and
 * then halt the pool (no fork bomb), and crashes beyond the restart budget halt it too, after which
 * requests get 503 {@code pool_exhausted} at once.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class RestartPolicyIT {
  @TempDir(cleanup = CleanupMode.ON_SUCCESS)
  Path tmp;

  private ServerUnderTest server;

  @RegisterExtension final ServerExtension servers = new ServerExtension();

  @Test
  void shouldRetryABootFailureWithBackoffThenHaltAndExitWithTheDocumentedStatus() throws Exception {
    Path noBoot = tmp.resolve("no-boot");
    server =
        servers.start(
            "process",
            1,
            null,
            tmp.resolve("run"),
            List.of(
                "--max-boot-failures",
                "3",
                "--restart-backoff",
                "200ms",
                "--exit-on-pool-exhausted",
                "--test-hook",
                "boot-exit-if=" + noBoot));
    long worker = server.awaitAllReady(1).getJsonArray("workers").getJsonObject(0).getLong("pid");
    Files.createFile(noBoot); // from now on every new worker JVM exits 78 before it says hello

    ProcessHandle.of(worker).orElseThrow().destroyForcibly();

    await("server exit after the halt")
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> !server.process().isAlive());
    assertThat(server.process().exitValue())
        .as("exit status; log:%n%s", server.logText())
        .isEqualTo(75);
    List<JsonObject> bootFailures =
        server.crashEvents().stream().filter(e -> e.getBoolean("bootFailure", false)).toList();
    assertThat(bootFailures).as("boot failures in %s", server.crashEvents()).hasSize(3);
    assertThat(bootFailures).allMatch(e -> e.getInteger("exitCode") == 78);
    long first = bootFailures.get(0).getJsonObject("restart").getLong("backoffMs");
    long second = bootFailures.get(1).getJsonObject("restart").getLong("backoffMs");
    System.out.printf(
        "RestartPolicyIT: boot failure backoffs %d ms, then %d ms, then halt%n", first, second);
    assertThat(second).as("backoff grows").isGreaterThan(first);
    assertThat(bootFailures.get(2).getJsonObject("restart").getString("action")).isEqualTo("halt");
    assertThat(server.crashEvents())
        .anyMatch(
            e ->
                "pool_halted".equals(e.getString("event"))
                    && e.getString("reason")
                        .startsWith("a worker failed to boot 3 times in a row"));
    server.awaitLogLine(
        0,
        "the halt, with its reason",
        containsAll("pool halted: a worker failed to boot 3 times", "exits with status 75"));
    assertThat(ServerUnderTest.processesMentioning(server.runDir()))
        .as("processes of this run left")
        .isEmpty();
  }

  @Test
  void shouldAnswerPoolExhaustedAtOnceWhenCrashesExceedTheRestartBudget() throws Exception {
    server =
        servers.start(
            "process",
            2,
            null,
            tmp.resolve("run"),
            List.of("--restart-intensity", "1", "--restart-period", "60s"));
    JsonObject status = server.awaitAllReady(2);

    for (Object w : status.getJsonArray("workers")) {
      ProcessHandle.of(((JsonObject) w).getLong("pid")).orElseThrow().destroyForcibly();
    }

    await("the pool halted")
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> server.status().getString("halted") != null);
    long sent = System.nanoTime();
    HttpResponse<String> r = server.send("/work?input=1&cost=1", Map.of());
    long ms = (System.nanoTime() - sent) / 1_000_000;
    System.out.printf("RestartPolicyIT: a halted pool answered %d in %d ms%n", r.statusCode(), ms);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
    assertThat(new JsonObject(r.body()).getString("error")).isEqualTo("pool_exhausted");
    assertThat(new JsonObject(r.body()).getString("reason"))
        .startsWith("2 restarts within 60s exceed the restart budget of 1 restart in 60s");
    assertThat(r.headers().firstValue("Retry-After")).isPresent();
    assertThat(server.process().isAlive())
        .as("without --exit-on-pool-exhausted the server stays up")
        .isTrue();
    server.awaitLogLine(
        0, "the halt, with its reason", containsAll("pool halted: 2 restarts within 60s"));
    assertThat(server.status().getLong("ready")).isZero();
  }
}
