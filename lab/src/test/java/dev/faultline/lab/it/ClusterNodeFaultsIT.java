package dev.faultline.lab.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.faultline.lab.it.ServerJvm.Reply;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Node faults from the front's chaos route on a cluster whose nodes sit in network namespaces
 * ({@code --netns}; CI runs as root on Linux, so this never skips): a partitioned node is marked
 * unreachable by the front's own detector within 2 s and its slot serves again after the heal; a
 * node paused for 1 s is not removed and no request fails. No namespace outlives the server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class ClusterNodeFaultsIT {
  private static final String TOKEN = "cluster-faults-it-token";
  private static final Map<String, String> CHAOS = Map.of("X-Chaos-Token", TOKEN);
  private static final int NODES = 3;
  private static final int COST = 200; // ~10 ms a job: 4 senders keep every node busy
  private static final Duration BACK = Duration.ofSeconds(90);

  @TempDir static Path tmp;
  private ServerJvm server;

  @BeforeAll
  void startServer() throws IOException {
    server = ServerJvm.start("cluster", NODES, TOKEN, tmp.resolve("run"), List.of("--netns"));
  }

  @AfterAll
  void stopServerAndCheckNoNamespaceIsLeft() throws Exception {
    long pid = server.pid();
    long t0 = System.nanoTime();
    server.close();
    long stopMs = (System.nanoTime() - t0) / 1_000_000;
    assertThat(namespaces())
        .as("namespaces after the stop")
        .noneMatch(n -> n.contains("-" + pid + "-"));
    System.out.println("ClusterNodeFaultsIT: the server stopped in " + stopMs + " ms");
  }

  @Test
  void shouldMarkAPartitionedNodeUnreachableWithinTwoSecondsAndServeFromItsSlotAfterTheHeal()
      throws Exception {
    JsonObject before = awaitAllReachable();
    long victim = nodes(before).get(1).getLong("pid");
    List<SteadyLoad.Outcome> outcomes;
    Instant cut;
    try (SteadyLoad load = new SteadyLoad(server, 4, COST, 20_000)) {
      await().atMost(Duration.ofSeconds(30)).until(() -> load.answered() >= 40);
      cut = Instant.now();
      Reply r = server.get("/chaos/node?node=2&fault=partition&ms=2000", CHAOS);
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      JsonObject unreachable = awaitEvent("node_unreachable", victim);
      long afterMs = Duration.between(cut, Instant.parse(unreachable.getString("time"))).toMillis();
      assertThat(afterMs).as("unreachable after the cut, ms").isLessThan(2_000);
      assertThat(unreachable.getString("description")).contains("no answer to the front's pings");
      long servedBefore = nodes(server.status()).get(1).getLong("served");
      JsonObject back =
          await("slot 2 serves again after the heal")
              .atMost(BACK)
              .pollInterval(Duration.ofMillis(200))
              .until(
                  () -> nodes(server.status()).get(1),
                  n ->
                      n.getBoolean("reachable")
                          && (n.getLong("pid") != victim || n.getLong("served") > servedBefore));
      int at = load.answered();
      await().atMost(Duration.ofSeconds(30)).until(() -> load.answered() >= at + 40);
      System.out.println(
          "ClusterNodeFaultsIT: unreachable "
              + afterMs
              + " ms after the cut; slot 2 back as pid "
              + back.getLong("pid")
              + " (was "
              + victim
              + ")");
      outcomes = load.stop();
    }
    assertThat(outcomes)
        .as("no bystander lost: every request answered correctly")
        .allSatisfy(o -> assertThat(o.correct(COST)).as(o.describe()).isTrue());
  }

  @Test
  void shouldNotRemoveANodePausedForOneSecondNorFailARequest() throws Exception {
    JsonObject before = awaitAllReachable();
    long paused = nodes(before).get(2).getLong("pid");
    int lossesBefore = losses(paused);
    List<SteadyLoad.Outcome> outcomes;
    try (SteadyLoad load = new SteadyLoad(server, 4, COST, 20_000)) {
      await().atMost(Duration.ofSeconds(30)).until(() -> load.answered() >= 40);
      Reply r = server.get("/chaos/node?node=3&fault=pause&ms=1000", CHAOS);
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      await().pollDelay(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(6)).until(() -> true);
      outcomes = load.stop();
    }
    assertThat(outcomes)
        .as("no request failed")
        .allSatisfy(o -> assertThat(o.correct(COST)).as(o.describe()).isTrue());
    assertThat(losses(paused)).as("node 3 neither lost nor removed").isEqualTo(lossesBefore);
    JsonObject node3 = nodes(awaitAllReachable()).get(2);
    assertThat(node3.getLong("pid")).as("the same JVM serves on").isEqualTo(paused);
  }

  @Test
  void shouldKillANodeFromTheChaosRouteAndRefuseBadNodeFaults() throws Exception {
    JsonObject before = awaitAllReachable();
    long victim = nodes(before).get(0).getLong("pid");

    assertThat(server.get("/chaos/node?node=1&fault=kill").status()).isEqualTo(403);
    Reply bad = server.get("/chaos/node?node=1&fault=explode", CHAOS);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().getString("parameter")).isEqualTo("fault");
    Reply noMs = server.get("/chaos/node?node=1&fault=pause", CHAOS);
    assertThat(noMs.status()).isEqualTo(400);
    assertThat(noMs.json().getString("parameter")).isEqualTo("ms");
    assertThat(server.get("/chaos/node?node=9&fault=kill", CHAOS).status()).isEqualTo(404);
    Reply kill = server.get("/chaos/node?node=1&fault=kill", CHAOS);
    assertThat(kill.status()).as(kill.body()).isEqualTo(200);

    JsonObject loss = awaitEvent("node_lost", victim);
    assertThat(loss.getString("cause")).isEqualTo("SIGKILL");
    assertThat(nodes(awaitAllReachable()).get(0).getLong("pid")).isNotEqualTo(victim);
  }

  private int losses(long pid) {
    return (int)
        server.crashEvents().stream()
            .filter(e -> e.getString("event").startsWith("node_") && e.getLong("pid") == pid)
            .filter(e -> !e.getString("event").equals("node_reachable"))
            .count();
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

  private static List<JsonObject> nodes(JsonObject status) {
    return status.getJsonArray("nodes").stream()
        .map(n -> (JsonObject) n)
        .filter(n -> n.getBoolean("local"))
        .toList();
  }

  private JsonObject awaitEvent(String event, long pid) {
    return await(event + " for pid " + pid)
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () ->
                server.crashEvents().stream()
                    .filter(e -> event.equals(e.getString("event")) && e.getLong("pid") == pid)
                    .findFirst(),
            java.util.Optional::isPresent)
        .get();
  }

  private static List<String> namespaces() throws Exception {
    Process p = new ProcessBuilder("ip", "netns", "list").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(10, TimeUnit.SECONDS);
    return out.lines().toList();
  }
}
