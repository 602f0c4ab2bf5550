package dev.faultline.lab.it;

import static dev.faultline.lab.it.ServerLogFile.containsAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.faultline.lab.observe.ServerStatus;
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
 * then, with {@code --exit-on-pool-exhausted}, halt the pool and exit 75 (no fork bomb); crashes
 * beyond the restart budget pause the pool (503 {@code pool_exhausted} with {@code Retry-After}),
 * which then recovers by itself through a canary to full strength.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class RestartPolicyIT {
  @TempDir(cleanup = CleanupMode.ON_SUCCESS)
  Path tmp;

  private ServerJvm server;

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
    assertThat(bootFailures.get(2).getJsonObject("restart").getString("action"))
        .isEqualTo("escalate");
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
    assertThat(ProcessTree.processesMentioning(server.runDir()))
        .as("processes of this run left")
        .isEmpty();
  }

  @Test
  void shouldPauseWith503AndRetryAfterThenRecoverToFullStrengthWhenCrashesExceedTheBudget()
      throws Exception {
    String token = "restart-policy-it-token";
    Map<String, String> chaos = Map.of("X-Chaos-Token", token);
    server =
        servers.start(
            "process",
            2,
            token,
            tmp.resolve("run"),
            List.of("--restart-intensity", "1", "--restart-period", "60s"));
    server.awaitAllReady(2);

    // two crashes of the code (not kills from outside, which spend no budget)
    assertThat(server.get("/work?input=1&cost=1&fault=exit", chaos).status()).isEqualTo(502);
    server.awaitAllReady(2);
    assertThat(server.get("/work?input=2&cost=1&fault=exit", chaos).status()).isEqualTo(502);

    await("the pool paused")
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> "paused".equals(recovery().getString("phase")));
    long pausedAt = System.nanoTime();
    HttpResponse<String> r = server.send("/work?input=1&cost=1", Map.of());
    System.out.printf("RestartPolicyIT: a paused pool answered %d%n", r.statusCode());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
    assertThat(new JsonObject(r.body()).getString("error")).isEqualTo("pool_exhausted");
    assertThat(new JsonObject(r.body()).getString("reason"))
        .startsWith("2 restarts within 60s exceed the restart budget of 1 restart in 60s");
    int retryAfter = Integer.parseInt(r.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1, 5);
    assertThat(server.status().getLong("ready")).isZero();
    assertThat(server.process().isAlive()).as("a paused server stays up").isTrue();
    server.awaitLogLine(
        0,
        "the pause, with its reason and its next try",
        containsAll("pool paused: 2 restarts within 60s", "a canary worker starts in 5000 ms"));

    await("the pool back at full strength by itself")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> new ServerStatus(server.status()).atFullStrength(0));
    long recoveredMs = (System.nanoTime() - pausedAt) / 1_000_000;
    System.out.printf(
        "RestartPolicyIT: back at 2 of 2 workers %d ms after the pause%n", recoveredMs);
    assertThat(recoveredMs).as("cool-down 5 s plus probation 5 s").isGreaterThanOrEqualTo(9_000);
    assertThat(server.get("/work?input=7&cost=1").status()).isEqualTo(200);
    server.awaitLogLine(0, "the canary", containsAll("pool canary:", "starts after a cool-down"));
    server.awaitLogLine(0, "the refill", containsAll("pool recovered: the canary stayed up"));
    assertThat(server.crashEvents())
        .anyMatch(e -> "pool_paused".equals(e.getString("event")))
        .anyMatch(e -> "pool_recovered".equals(e.getString("event")));
  }

  private JsonObject recovery() throws java.io.IOException {
    return server.status().getJsonObject("recovery");
  }
}
