package dev.faultline.lab.it;

import static dev.faultline.lab.it.ServerLogFile.containsAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.faultline.lab.it.ServerJvm.Reply;
import dev.faultline.worker.Workload;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The crash semantics on every IPC transport ({@code serve --ipc}): a poison request that kills its
 * worker has its bystander retried elsewhere, kills a second worker, is then quarantined, and the
 * pool comes back to full strength; nothing of that depends on how the frames travel. The whole of
 * ProcessModeIT and SupervisionIT runs on a transport with {@code -Dfaultline.it.ipc=pipe} (or
 * tcp).
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class IpcTransportIT {
  private static final String TOKEN = "ipc-transport-it-token";
  private static final Map<String, String> CHAOS = Map.of("X-Chaos-Token", TOKEN);
  private static final int WORKERS = 2;
  private static final String POISON = "/work?input=777&cost=5&fault=segfault";
  private static final String BYSTANDER = "/work?input=15&cost=5"; // sleeps 1.5 s (test hook)

  /** Kept when a test fails: the server's log and crash-events.jsonl are the evidence. */
  @TempDir(cleanup = CleanupMode.ON_SUCCESS)
  Path tmp;

  @RegisterExtension final ServerExtension servers = new ServerExtension();

  @ParameterizedTest(name = "--ipc {0}")
  @ValueSource(strings = {"uds", "pipe", "tcp"})
  void shouldRetryTheBystanderQuarantineThePoisonAndRecoverWhenWorkersCrashOnThisTransport(
      String transport) throws Exception {
    ServerJvm server = start(transport);
    JsonObject before = server.awaitFullStrength(0);
    assertThat(server.log()).anyMatch(l -> l.contains("IPC over " + transport));
    long restartsBefore = before.getLong("workerRestarts");
    List<CompletableFuture<Reply>> bystanders =
        List.of(
            CompletableFuture.supplyAsync(() -> get(server, BYSTANDER, Map.of())),
            CompletableFuture.supplyAsync(() -> get(server, BYSTANDER, Map.of())));
    List<Long> hosts = server.workerPidsOnceEachRunsOneRequest();

    Reply killer = server.get(POISON, CHAOS);

    assertThat(killer.status()).as(killer.body()).isEqualTo(422);
    assertThat(killer.json().getString("error")).isEqualTo("quarantined");
    List<Long> killed =
        killer.json().getJsonArray("killedPids").stream()
            .map(p -> ((Number) p).longValue())
            .toList();
    assertThat(killed).hasSize(2);
    long firstVictim = killed.get(0);
    assertThat(hosts).as("the poison first landed beside a bystander").contains(firstVictim);
    for (CompletableFuture<Reply> bystander : bystanders) {
      Reply saved = bystander.get(60, TimeUnit.SECONDS);
      assertThat(saved.status()).as("bystander: %s", saved.body()).isEqualTo(200);
      assertThat(saved.json().getString("digest"))
          .isEqualTo(Long.toHexString(Workload.digest(15, 5)));
    }
    assertThat(deathOf(server, firstVictim).getJsonArray("inFlight").stream())
        .map(f -> ((JsonObject) f).getString("fate"))
        .containsExactlyInAnyOrder("retried", "retried");
    server.awaitLogLine(0, "a died line naming SIGSEGV", containsAll("died", "SIGSEGV"));
    JsonObject after = server.awaitFullStrength(0);
    assertThat(after.getLong("workerRestarts")).isEqualTo(restartsBefore + 2);
    Reply plain = server.get("/work?input=5&cost=1");
    assertThat(plain.status()).as(plain.body()).isEqualTo(200);
    assertThat(plain.json().getString("digest")).isEqualTo(Long.toHexString(Workload.digest(5, 1)));
  }

  private ServerJvm start(String transport) throws IOException {
    return servers.start(
        "process",
        WORKERS,
        TOKEN,
        tmp.resolve("run-" + transport),
        List.of(
            "--ipc",
            transport,
            "--threads-per-worker",
            "2",
            "--heartbeat-interval",
            "200ms",
            "--liveness-timeout",
            "2s",
            "--test-hook",
            "sleep-job-on=15:1500"));
  }

  private static JsonObject deathOf(ServerJvm server, long pid) {
    return await("crash report of pid " + pid)
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () ->
                server.crashEvents().stream()
                    .filter(
                        e -> "worker_died".equals(e.getString("event")) && e.getLong("pid") == pid)
                    .findFirst(),
            Optional::isPresent)
        .get();
  }

  private static Reply get(ServerJvm server, String path, Map<String, String> headers) {
    try {
      return server.get(path, headers);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
