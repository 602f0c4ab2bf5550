package dev.faultline.lab.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM to a process-mode master under load: it stops taking requests, lets every request in
 * flight finish, stops its workers and exits 0. No request it had accepted is lost.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ShutdownIT {
  private static final int COST = 400; // ~20 ms of work: requests are in flight at any instant

  @TempDir(cleanup = CleanupMode.ON_SUCCESS)
  Path tmp;

  private ServerJvm server;

  @RegisterExtension final ServerExtension servers = new ServerExtension();

  @Test
  void shouldFinishEveryRequestInFlightAndExitZeroOnSigterm() throws Exception {
    server =
        servers.start("process", 2, null, tmp.resolve("run"), List.of("--threads-per-worker", "2"));
    List<ProcessHandle> workers = new ArrayList<>();
    server
        .awaitAllReady(2)
        .getJsonArray("workers")
        .forEach(
            w ->
                workers.add(
                    ProcessHandle.of(((io.vertx.core.json.JsonObject) w).getLong("pid"))
                        .orElseThrow()));
    List<SteadyLoad.Outcome> outcomes;
    long termAt;
    try (SteadyLoad load = new SteadyLoad(server, 6, COST, 10_000)) {
      await("load running").atMost(Duration.ofSeconds(30)).until(() -> load.answered() >= 50);

      termAt = System.nanoTime();
      server.process().destroy(); // SIGTERM
      outcomes = load.stop();
    }

    await("master exit").atMost(Duration.ofSeconds(30)).until(() -> !server.process().isAlive());
    assertThat(server.process().exitValue()).as("exit status; log:%n%s", server.logText()).isZero();
    List<String> lost =
        outcomes.stream()
            .filter(o -> !o.correct(COST) && !o.refusedAtTheDoor() && !o.connectionRefused())
            .map(SteadyLoad.Outcome::describe)
            .toList();
    long finishedAfterTerm =
        outcomes.stream().filter(o -> o.correct(COST) && o.answeredAtNanos() > termAt).count();
    long refused =
        outcomes.stream().filter(o -> o.refusedAtTheDoor() || o.connectionRefused()).count();
    System.out.printf(
        "ShutdownIT: %d requests; %d in flight at SIGTERM finished with a correct 200 after it; "
            + "%d refused at the door (503 shutting_down or connection refused); %d lost%n",
        outcomes.size(), finishedAfterTerm, refused, lost.size());
    assertThat(lost).as("requests that got neither a correct answer nor a clean refusal").isEmpty();
    assertThat(finishedAfterTerm)
        .as("requests in flight at SIGTERM that still got their answer")
        .isPositive();
    assertThat(server.log())
        .anyMatch(l -> l.contains("stopping (SIGTERM)"))
        .anyMatch(l -> l.contains("drained every request in flight"));
    await("workers gone")
        .atMost(Duration.ofSeconds(5))
        .until(() -> workers.stream().allMatch(ProcessTree::exited));
  }
}
