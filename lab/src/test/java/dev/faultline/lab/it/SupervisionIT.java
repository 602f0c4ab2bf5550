package dev.faultline.lab.it;

import static dev.faultline.lab.it.ServerLogFile.containsAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.faultline.lab.it.ServerJvm.Reply;
import dev.faultline.worker.Workload;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Supervision against real worker JVMs, on one shared master: 2 workers with 2 job threads each, 1
 * hot spare, fast heartbeats, short timeouts, and test hooks that make a worker's event loop spin
 * (input 13), a job spin forever (input 14) or a job sleep 1.5 s (input 15). Each test first waits
 * until both slots and the spare are ready, so their order does not matter.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class SupervisionIT {
  private static final String TOKEN = "supervision-it-token";
  private static final Map<String, String> CHAOS = Map.of("X-Chaos-Token", TOKEN);
  private static final int WORKERS = 2;
  private static final Pattern READY_IN = Pattern.compile("\\((pid \\d+)\\) ready in (\\d+) ms");

  /** Kept when a test fails: the server's log and crash-events.jsonl are the evidence. */
  @TempDir(cleanup = CleanupMode.ON_SUCCESS)
  static Path tmp;

  private ServerJvm server;

  @BeforeAll
  void startServer() throws IOException {
    server =
        servers.start(
            "process",
            WORKERS,
            TOKEN,
            tmp.resolve("run"),
            List.of(
                "--spares",
                "1",
                "--threads-per-worker",
                "2",
                "--heartbeat-interval",
                "200ms",
                "--liveness-timeout",
                "2s",
                "--kill-grace",
                "1s",
                "--request-deadline",
                "3s",
                "--test-hook",
                "stall-loop-on=13,spin-job-on=14,sleep-job-on=15:1500"));
  }

  @RegisterExtension static final ServerExtension servers = new ServerExtension();

  private JsonObject deathOf(long pid) {
    return await("crash report of pid " + pid)
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () ->
                server.crashEvents().stream()
                    .filter(
                        e -> "worker_died".equals(e.getString("event")) && e.getLong("pid") == pid)
                    .findFirst(),
            java.util.Optional::isPresent)
        .get();
  }

  @Test
  void shouldRefillTheSlotFromTheSpareFarFasterThanAColdStartWhenAWorkerDies() throws Exception {
    JsonObject before = server.awaitFullStrength(1);
    long victim = worker(before, 1).getLong("pid");
    long spare = before.getJsonArray("spares").getJsonObject(0).getLong("pid");
    long coldStartMs = coldStartsSoFar().stream().mapToLong(Long::longValue).min().orElseThrow();

    ProcessHandle.of(victim).orElseThrow().destroyForcibly();

    JsonObject death = deathOf(victim);
    JsonObject replacement = death.getJsonObject("replacement");
    assertThat(replacement.getString("source")).isEqualTo("spare");
    assertThat(replacement.getLong("pid")).isEqualTo(spare);
    double swapMs = replacement.getDouble("readyAfterDeathMs");
    System.out.printf(
        "SupervisionIT: slot 1 ready again %.2f ms after the death was noticed (spare swap); "
            + "fastest cold start in this run %d ms (cold starts %s); swap/cold = %.4f%n",
        swapMs, coldStartMs, coldStartsSoFar(), swapMs / coldStartMs);
    assertThat(swapMs)
        .as("spare swap vs cold start of %d ms", coldStartMs)
        .isLessThan(coldStartMs / 2.0);
    assertThat(death.getString("causeClass")).isEqualTo("killed_by_signal");
    assertThat(worker(server.status(), 1).getLong("pid")).isEqualTo(spare);
    JsonObject after = server.awaitFullStrength(1);
    assertThat(after.getJsonArray("spares").getJsonObject(0).getLong("pid"))
        .as("a new spare")
        .isNotIn(spare, victim);
  }

  /**
   * Every "ready in N ms" the server logged so far: cold starts of worker JVMs in this very run.
   */
  private List<Long> coldStartsSoFar() {
    return server.log().stream()
        .map(READY_IN::matcher)
        .filter(Matcher::find)
        .map(m -> Long.parseLong(m.group(2)))
        .toList();
  }

  @Test
  void shouldKillAndReplaceAWorkerWhoseEventLoopSpinsOnceItsHeartbeatsStop() throws Exception {
    JsonObject before = server.awaitFullStrength(1);
    int logStart = server.log().size();

    Reply r = server.get("/work?input=13&cost=1");

    assertThat(r.status()).as(r.body()).isEqualTo(502);
    assertThat(r.json().getString("error")).isEqualTo("worker_unresponsive");
    assertThat(r.json().getString("causeClass")).isEqualTo("liveness_timeout");
    long pid = r.json().getLong("pid");
    server.awaitLogLine(
        logStart,
        "the liveness kill, named as such",
        containsAll("(pid " + pid + "): no heartbeat for", "liveness timeout 2s", "SIGTERM now"));
    JsonObject death = deathOf(pid);
    assertThat(death.getString("causeClass")).isEqualTo("liveness_timeout");
    assertThat(death.getString("description"))
        .startsWith("killed by the master (liveness timeout)")
        .doesNotContain("OutOfMemory");
    assertThat(death.getJsonArray("inFlight").getJsonObject(0).getString("request"))
        .isEqualTo("GET /work?input=13&cost=1");
    assertThat(server.awaitFullStrength(1).getLong("workerRestarts"))
        .isGreaterThan(before.getLong("workerRestarts"));
  }

  @Test
  void shouldAnswer504AndReplaceTheWorkerWhenARequestRunsPastTheDeadline() throws Exception {
    server.awaitFullStrength(1);
    int logStart = server.log().size();

    Reply r = server.get("/work?input=14&cost=1");

    assertThat(r.status()).as(r.body()).isEqualTo(504);
    assertThat(r.json().getString("error")).isEqualTo("deadline");
    assertThat(r.json().getLong("deadlineMs")).isEqualTo(3_000);
    assertThat(r.json().getLong("ranMs")).isGreaterThanOrEqualTo(3_000);
    long pid = r.json().getLong("pid");
    server.awaitLogLine(
        logStart,
        "the deadline kill, named as such",
        containsAll(
            "(pid " + pid + "): req ",
            "GET /work?input=14&cost=1",
            "past the request deadline of 3s"));
    JsonObject death = deathOf(pid);
    assertThat(death.getString("causeClass")).isEqualTo("deadline");
    assertThat(death.getJsonArray("inFlight").getJsonObject(0).getString("fate"))
        .isEqualTo("deadline");
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
        .as("old worker alive")
        .isFalse();
    server.awaitFullStrength(1);
    assertThat(server.get("/work?input=5&cost=1").status()).isEqualTo(200);
  }

  @Test
  void shouldRetryTheBystanderAndQuarantineThePoisonRequestAfterItKilledTwoWorkers()
      throws Exception {
    JsonObject before = server.awaitFullStrength(1);
    long restartsBefore = before.getLong("workerRestarts");
    String poison = "/work?input=777&cost=5&fault=segfault";
    List<CompletableFuture<Reply>> bystanders =
        List.of(
            CompletableFuture.supplyAsync(() -> get("/work?input=15&cost=5", Map.of())),
            CompletableFuture.supplyAsync(() -> get("/work?input=15&cost=5", Map.of())));
    // dispatch picks the least-loaded worker: one bystander lands on each, and the poison next to
    // one of them (at equal load, the one whose job is younger)
    List<Long> hosts = server.workerPidsOnceEachRunsOneRequest();

    Reply killer = server.get(poison, CHAOS);

    assertThat(killer.status()).as(killer.body()).isEqualTo(422);
    assertThat(killer.json().getString("error")).isEqualTo("quarantined");
    List<Long> killed =
        killer.json().getJsonArray("killedPids").stream()
            .map(p -> ((Number) p).longValue())
            .toList();
    long firstVictim = killed.get(0);
    assertThat(killed).hasSize(2);
    assertThat(hosts).as("the poison first landed beside a bystander").contains(firstVictim);
    for (CompletableFuture<Reply> bystander : bystanders) {
      Reply saved = bystander.get(60, TimeUnit.SECONDS);
      assertThat(saved.status()).as("bystander: %s", saved.body()).isEqualTo(200);
      assertThat(saved.json().getString("digest"))
          .isEqualTo(Long.toHexString(Workload.digest(15, 5)));
      assertThat(saved.json().getLong("pid")).isNotEqualTo(firstVictim);
    }
    JsonObject first = deathOf(firstVictim);
    assertThat(first.getJsonArray("inFlight").stream().map(f -> ((JsonObject) f).getString("fate")))
        .containsExactlyInAnyOrder("retried", "retried");
    long secondVictim = killed.get(1);
    assertThat(deathOf(secondVictim).getJsonArray("inFlight").getJsonObject(0).getString("fate"))
        .isEqualTo("quarantined");

    Reply again = server.get(poison, CHAOS);

    assertThat(again.status()).as(again.body()).isEqualTo(422);
    assertThat(again.json().getString("error")).isEqualTo("quarantined");
    JsonObject after = server.awaitFullStrength(1);
    assertThat(after.getLong("workerRestarts"))
        .as("deaths: the two the poison caused, no third")
        .isEqualTo(restartsBefore + 2);
    assertThat(after.getLong("quarantined")).isEqualTo(1);
  }

  private Reply get(String path, Map<String, String> headers) {
    try {
      return server.get(path, headers);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static JsonObject worker(JsonObject status, int id) {
    return status.getJsonArray("workers").stream()
        .map(JsonObject.class::cast)
        .filter(w -> w.getInteger("id") == id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no worker " + id + " in " + status.encode()));
  }
}
