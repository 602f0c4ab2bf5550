package dev.faultline.lab.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A master killed by SIGKILL (no shutdown hook runs) must not leave orphaned worker JVMs behind:
 * every worker and spare exits on its own within a second.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class MasterDeathIT {
  private static final Duration ORPHAN_DEADLINE = Duration.ofSeconds(1);

  @TempDir Path tmp;
  private ServerJvm server;
  private final List<ProcessHandle> workers = new ArrayList<>();

  @RegisterExtension final ServerExtension servers = new ServerExtension();

  @AfterEach
  void cleanUp() {
    workers.stream().filter(w -> !ProcessTree.exited(w)).forEach(ProcessHandle::destroyForcibly);
  }

  @Test
  void shouldTakeItsWorkersWithItWhenTheMasterIsKilled() throws Exception {
    server = servers.start("process", 2, null, tmp.resolve("run"), List.of("--spares", "1"));
    server.awaitAllReady(2);
    JsonObject status =
        await("the spare ready")
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(100))
            .until(server::status, s -> s.getLong("sparesReady") == 1);
    List<JsonObject> all = new ArrayList<>();
    status.getJsonArray("workers").forEach(w -> all.add((JsonObject) w));
    status.getJsonArray("spares").forEach(w -> all.add((JsonObject) w));
    for (JsonObject w : all) {
      long pid = w.getLong("pid");
      ProcessHandle worker =
          ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("worker " + pid + " is gone"));
      assertThat(worker.parent().map(ProcessHandle::pid))
          .as("parent of worker %d", pid)
          .contains(server.pid());
      workers.add(worker);
    }
    assertThat(workers).hasSize(3).noneMatch(ProcessTree::exited);

    ProcessHandle master = server.process().toHandle();
    long killedAt = System.nanoTime();
    assertThat(master.destroyForcibly()).isTrue();

    await("the master, both workers and the spare gone within 1 s of the master's SIGKILL")
        .atMost(ORPHAN_DEADLINE)
        .pollInterval(Duration.ofMillis(10))
        .until(() -> ProcessTree.exited(master) && workers.stream().allMatch(ProcessTree::exited));
    long ms = (System.nanoTime() - killedAt) / 1_000_000;
    assertThat(ms)
        .as("ms from SIGKILL to the last worker gone")
        .isLessThanOrEqualTo(ORPHAN_DEADLINE.toMillis());
    System.out.printf(
        "MasterDeathIT: workers %s gone %d ms after SIGKILL of master %d%n",
        workers.stream().map(ProcessHandle::pid).toList(), ms, master.pid());
    assertThat(ProcessTree.processesMentioning(server.runDir()))
        .as("processes of this run left")
        .isEmpty();
  }
}
