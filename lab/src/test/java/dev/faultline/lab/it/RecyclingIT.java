package dev.faultline.lab.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recycling under steady load with real worker JVMs: a worker that reached its request limit or its
 * resident-memory limit is retired (its successor starts first, it drains, then exits), and not one
 * request fails because of it.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class RecyclingIT {
  private static final int COST = 20;

  @TempDir(cleanup = CleanupMode.ON_SUCCESS)
  Path tmp;

  private ServerJvm server;

  @RegisterExtension final ServerExtension servers = new ServerExtension();

  @Test
  void shouldRecycleByRequestCountWithoutFailingARequest() throws Exception {
    server =
        servers.start(
            "process",
            2,
            null,
            tmp.resolve("run"),
            List.of("--max-requests", "40", "--max-requests-jitter", "10"));
    server.awaitAllReady(2);

    List<JsonObject> recycled = recycleUnderLoad(2);

    assertThat(recycled).allMatch(e -> e.getString("description").startsWith("recycled (served "));
  }

  @Test
  void shouldRecycleByResidentMemoryWithoutFailingARequest() throws Exception {
    // every JVM is above 16 MiB resident: each worker is recycled in turn, under load
    server = servers.start("process", 2, null, tmp.resolve("run"), List.of("--max-rss-mb", "16"));
    server.awaitAllReady(2);

    List<JsonObject> recycled = recycleUnderLoad(1);

    assertThat(recycled)
        .allMatch(e -> e.getString("description").contains("MiB (Rss) over max-rss-mb 16"));
  }

  /** Closed-loop load until {@code count} workers were recycled; asserts every answer is right. */
  private List<JsonObject> recycleUnderLoad(int count) throws Exception {
    List<SteadyLoad.Outcome> outcomes;
    try (SteadyLoad load = new SteadyLoad(server, 3, COST, 5_000)) {
      await(count + " recycled workers, and load on their successors")
          .atMost(Duration.ofSeconds(90))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> recycled().size() >= count && load.answered() >= 150);
      outcomes = load.stop();
    }
    List<String> wrong =
        outcomes.stream().filter(o -> !o.correct(COST)).map(SteadyLoad.Outcome::describe).toList();
    System.out.printf(
        "RecyclingIT: %d requests under load while %d worker(s) were recycled, %d not correct%n",
        outcomes.size(), recycled().size(), wrong.size());
    assertThat(wrong).as("requests that did not get a correct 200").isEmpty();
    assertThat(outcomes).hasSizeGreaterThan(100);
    List<JsonObject> recycled = recycled();
    assertThat(recycled)
        .allMatch(e -> e.getJsonArray("inFlight").isEmpty() && e.getInteger("exitCode") == 0);
    return recycled;
  }

  private List<JsonObject> recycled() {
    return server.crashEvents().stream()
        .filter(e -> "recycled".equals(e.getString("causeClass")))
        .toList();
  }
}
