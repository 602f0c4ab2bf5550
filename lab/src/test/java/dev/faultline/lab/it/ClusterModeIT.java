package dev.faultline.lab.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.faultline.lab.it.ServerJvm.Reply;
import dev.faultline.supervisor.launch.JavaCommand;
import dev.faultline.worker.Workload;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cluster mode against real node JVMs on a real Vert.x cluster (Hazelcast on loopback): one server
 * start for the class, since a member takes seconds to join and 180-300 MB to hold. Each test first
 * waits for all three nodes to be reachable, so the order does not matter.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class ClusterModeIT {
  private static final String TOKEN = "cluster-it-token";
  private static final Map<String, String> CHAOS = Map.of("X-Chaos-Token", TOKEN);
  private static final int NODES = 3;
  private static final Duration BACK = Duration.ofSeconds(90);

  @TempDir static Path tmp;
  private ServerJvm server;

  @RegisterExtension static final ServerExtension servers = new ServerExtension();

  @BeforeAll
  void startServer() throws IOException {
    server = servers.start("cluster", NODES, TOKEN, tmp.resolve("run"));
  }

  @Test
  void shouldServeWorkAndListThreeReachableNodes() throws Exception {
    JsonObject status = awaitAllReachable();
    Reply r = server.get("/work?input=42&cost=3");

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().getString("mode")).isEqualTo("cluster");
    assertThat(r.json().getString("digest")).isEqualTo(Long.toHexString(Workload.digest(42, 3)));
    assertThat(r.json().getString("unit")).startsWith("node-");
    assertThat(status.getString("mode")).isEqualTo("cluster");
    assertThat(status.getInteger("ready")).isEqualTo(NODES);
    assertThat(nodes(status))
        .extracting(n -> n.getString("state"))
        .containsExactly("reachable", "reachable", "reachable");
    assertThat(nodes(status)).extracting(n -> n.getInteger("slot")).containsExactly(1, 2, 3);
    assertThat(server.get("/status?format=text").body()).contains("node-1", "node-2", "node-3");
  }

  @Test
  void shouldLoseNoBystanderAndNameTheLostRequestsWhenANodeIsKilledUnderLoad() throws Exception {
    JsonObject before = awaitAllReachable();
    long victim = nodes(before).get(1).getLong("pid");
    int cost = 1_000; // ~50 ms a job: 6 closed-loop senders keep about 2 jobs on every node
    List<SteadyLoad.Outcome> outcomes;
    try (SteadyLoad load = new SteadyLoad(server, 6, cost, 10_000)) {
      await().atMost(Duration.ofSeconds(30)).until(() -> load.answered() >= 30);
      await("jobs in flight on node 2")
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(20))
          .until(() -> nodes(server.status()).get(1).getInteger("inFlight") > 0);
      ProcessHandle.of(victim).orElseThrow().destroyForcibly();
      int at = load.answered();
      await().atMost(Duration.ofSeconds(30)).until(() -> load.answered() >= at + 60);
      outcomes = load.stop();
    }

    assertThat(outcomes)
        .as("every request answered correctly, those in flight on the killed node included")
        .allSatisfy(o -> assertThat(o.correct(cost)).as(o.describe()).isTrue());
    JsonObject loss = awaitEvent("node_lost", victim);
    assertThat(loss.getInteger("node")).isEqualTo(2);
    assertThat(loss.getString("cause")).isEqualTo("SIGKILL");
    assertThat(loss.getJsonArray("inFlight")).as("its lost requests are named").isNotEmpty();
    assertThat(loss.getJsonArray("inFlight").stream().map(j -> ((JsonObject) j)))
        .allSatisfy(
            j -> {
              assertThat(j.getString("request")).startsWith("GET /work?input=");
              assertThat(j.getString("fate")).isEqualTo("retried");
            });
    assertThat(server.logText()).contains("node 2 (pid " + victim + ") lost after");
    JsonObject removed = awaitEvent("node_removed", victim);
    assertThat(removed.getLong("removedAfterMs"))
        .as("Hazelcast's removal after the exit")
        .isLessThan(10_000);
    JsonObject after = awaitAllReachable();
    assertThat(nodes(after).get(1).getLong("pid")).as("node 2 restarted").isNotEqualTo(victim);
    assertThat(nodes(after).get(1).getInteger("restarts")).isPositive();
  }

  @Test
  void shouldLoseOnlyTheNodeThatRanASegfaultingRequest() throws Exception {
    awaitAllReachable();
    int lossesBefore = events("node_lost").size();

    Reply r = server.get("/work?input=7&cost=1&fault=segfault", CHAOS);

    assertThat(r.status()).as(r.body()).isEqualTo(502);
    assertThat(r.json().getString("error")).isEqualTo("node_lost");
    assertThat(r.json().getString("message")).contains("SIGSEGV");
    assertThat(server.get("/work?input=8&cost=1").status()).isEqualTo(200);
    await().atMost(BACK).until(() -> events("node_lost").size() > lossesBefore);
    JsonObject loss = events("node_lost").get(lossesBefore);
    assertThat(loss.getString("causeClass")).isEqualTo("native_crash");
    assertThat(loss.getJsonArray("inFlight").getJsonObject(0).getString("fate"))
        .isEqualTo("failed");
    awaitAllReachable();
  }

  @Test
  void shouldServeThroughANodeStartedByHandAndReportItWhenHazelcastRemovesIt() throws Exception {
    JsonObject status = awaitAllReachable();
    List<String> args =
        List.of(
            "node",
            "--join",
            status.getString("joinAddress"),
            "--cluster",
            status.getString("cluster"));
    Process byHand =
        new ProcessBuilder(FaultlineJar.javaJar(JavaCommand.crashFlags(128, server.runDir()), args))
            .redirectErrorStream(true)
            .redirectOutput(server.runDir().resolve("node-by-hand.log").toFile())
            .start();
    try {
      JsonObject joined =
          await("the node started by hand is reachable")
              .atMost(BACK)
              .pollInterval(Duration.ofMillis(200))
              .ignoreExceptionsInstanceOf(IOException.class)
              .until(
                  () -> byPid(server.status(), byHand.pid()),
                  n -> n != null && n.getBoolean("reachable"));
      assertThat(joined.getInteger("slot"))
          .as("numbered after the front's own")
          .isGreaterThan(NODES);
      for (int i = 0; i < 4 * (NODES + 1); i++) {
        assertThat(server.get("/work?input=" + i + "&cost=1").status()).isEqualTo(200);
      }
      assertThat(byPid(server.status(), byHand.pid()).getLong("served")).isPositive();

      byHand.destroyForcibly();

      JsonObject loss = awaitEvent("node_lost", byHand.pid());
      assertThat(loss.getString("causeClass")).isEqualTo("member_removed");
      assertThat(loss.getJsonObject("restart").getString("action")).isEqualTo("none");
      assertThat(byPid(server.status(), byHand.pid()).getString("state")).isEqualTo("removed");
      assertThat(server.get("/work?input=5&cost=1").status()).isEqualTo(200);
    } finally {
      byHand.destroyForcibly();
    }
  }

  private static JsonObject byPid(JsonObject status, long pid) {
    return allNodes(status).stream().filter(n -> n.getLong("pid") == pid).findFirst().orElse(null);
  }

  private JsonObject awaitAllReachable() {
    return await("all " + NODES + " nodes reachable")
        .atMost(BACK)
        .pollInterval(Duration.ofMillis(200))
        .ignoreExceptionsInstanceOf(IOException.class)
        .until(
            server::status,
            s ->
                nodes(s).size() == NODES
                    && nodes(s).stream().allMatch(n -> n.getBoolean("reachable")));
  }

  /** The nodes this front started, in slot order. */
  private static List<JsonObject> nodes(JsonObject status) {
    return allNodes(status).stream().filter(n -> n.getBoolean("local")).toList();
  }

  private static List<JsonObject> allNodes(JsonObject status) {
    return status.getJsonArray("nodes").stream().map(n -> (JsonObject) n).toList();
  }

  private List<JsonObject> events(String event) {
    return server.crashEvents().stream().filter(e -> event.equals(e.getString("event"))).toList();
  }

  private JsonObject awaitEvent(String event, long pid) {
    return await(event + " for pid " + pid)
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> events(event).stream().filter(e -> e.getLong("pid") == pid).findFirst(),
            java.util.Optional::isPresent)
        .get();
  }
}
