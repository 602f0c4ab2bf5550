package dev.faultline.supervisor.pool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.supervisor.backend.BackendFailure;
import dev.faultline.supervisor.backend.JobResult;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash path on its own, through the pool's parts: what a death leads to, and what it is
 * called.
 */
class ReaperTest {
  @TempDir Path runDir;

  private FakePool ready(int workers, int spares) {
    FakePool p = new FakePool(runDir, workers, FakePool.supervision(spares, 10, 5));
    p.start();
    p.helloAll();
    return p;
  }

  @Test
  void shouldBlameTheMasterForAWorkerItKilledNotTheSignal() {
    FakePool p = ready(1, 0);
    Worker w = p.launched.get(0);

    p.advance(java.time.Duration.ofMillis(1_001)); // no heartbeat: the watchdog kills it

    assertThat(((FakeProcess) w.process).sigterms).isEqualTo(1);
    p.pool.turnNow();
    JsonObject death = p.crashEvents("worker_died").get(0);
    assertThat(death.getString("causeClass")).isEqualTo("liveness_timeout");
    assertThat(death.getString("description"))
        .startsWith("killed by the master (liveness timeout): no heartbeat for 1001 ms");
    assertThat(death.getInteger("exitCode")).isEqualTo(143);
  }

  @Test
  void shouldLetAStartingSpareAdoptTheSlotWhenNoSpareIsReady() {
    FakePool p = ready(1, 1); // the spare was started on the last turn, and is still starting
    Worker spare = p.launched.get(1);

    p.exit(p.launched.get(0), 1);

    JsonObject replacement = p.crashEvents("worker_died").get(0).getJsonObject("replacement");
    assertThat(replacement.getString("source")).isEqualTo("starting spare");
    assertThat(replacement.getLong("pid")).isEqualTo(spare.pid);
    assertThat(spare.role()).isEqualTo(Worker.Role.SLOT);
    assertThat(spare.replacesPid()).isEqualTo(p.launched.get(0).pid);
  }

  @Test
  void shouldWriteNoCrashReportForWorkersStoppedWithThePool() {
    FakePool p = ready(2, 0);

    p.stop();
    p.pool.turnNow();

    assertThat(p.launched).allMatch(w -> !w.process.isAlive());
    assertThat(p.crashEvents("worker_died")).isEmpty();
  }

  @Test
  void shouldReplaceAWorkerARequestKilledAtOnceEvenAfterItsSlotsWorkersKeptDying() {
    FakePool p = ready(1, 0);
    p.exit(p.launched.get(0), 1); // idle: nothing to blame, the slot's first crash in a row
    p.advance(java.time.Duration.ZERO);
    p.helloAll();
    p.submit("exit");

    p.exit(p.launched.get(1), 1);

    JsonObject restart = p.crashEvents("worker_died").get(1).getJsonObject("restart");
    assertThat(restart.getString("action")).isEqualTo("replace");
    assertThat(restart.getLong("backoffMs")).as("the request is to blame, not the slot").isZero();
    assertThat(restart.getInteger("restartsInPeriod")).as("but it spends the budget").isEqualTo(2);
  }

  @Test
  void shouldBackOffWhenASlotsWorkersKeepDyingWithNoRequestToBlame() {
    FakePool p = ready(1, 0);
    p.exit(p.launched.get(0), 1);
    p.advance(java.time.Duration.ZERO);
    p.helloAll();

    p.exit(p.launched.get(1), 1);

    JsonObject restart = p.crashEvents("worker_died").get(1).getJsonObject("restart");
    assertThat(restart.getLong("backoffMs")).isPositive();
  }

  @Test
  void shouldCountAWorkerThatDiedWhileStartingForItsSlotAsABootFailure() {
    FakePool p = new FakePool(runDir, 1, FakePool.supervision(0, 10, 5));
    p.start();

    p.exit(p.launched.get(0), 1);

    JsonObject death = p.crashEvents("worker_died").get(0);
    assertThat(death.getBoolean("bootFailure")).isTrue();
    assertThat(death.getJsonObject("restart").getInteger("restartsInPeriod"))
        .as("a boot failure spends no restart budget")
        .isZero();
    assertThat(p.status().getInteger("restartsInPeriod")).isZero();
  }

  @Test
  void shouldSwapInTheSpareAtOnceAndDecideTheDeathOnceItsExitIsRead() {
    Deque<Runnable> reader = new ArrayDeque<>();
    FakePool p = new FakePool(runDir, 1, FakePool.supervision(1, 10, 5), reader::add);
    p.start();
    p.helloAll();
    p.helloAll(); // the spare is ready
    Worker dead = p.launched.get(0);
    Worker spare = p.launched.get(1);
    CompletableFuture<JobResult> reply = p.submit("exit");

    p.exit(dead, 1);

    assertThat(p.status().getJsonArray("workers").getJsonObject(0).getLong("pid"))
        .as("capacity first: the spare serves before the exit is read")
        .isEqualTo(spare.pid);
    assertThat(p.crashEvents("worker_died")).isEmpty();
    assertThat(reply).isNotDone();
    reader.forEach(Runnable::run); // the reader's thread reads the exit, and posts it back
    p.pool.turnNow();
    assertThat(p.crashEvents("worker_died"))
        .singleElement()
        .satisfies(e -> assertThat(e.getLong("pid")).isEqualTo(dead.pid));
    assertThat(reply).isCompletedExceptionally();
  }

  @Test
  void shouldFailTheRequestsOfAWorkerWhoseExitIsStillBeingReadWhenThePoolStops() {
    Deque<Runnable> reader = new ArrayDeque<>();
    FakePool p = new FakePool(runDir, 1, FakePool.supervision(0, 10, 5), reader::add);
    p.start();
    p.helloAll();
    CompletableFuture<JobResult> reply = p.submit("exit");
    p.exit(p.launched.get(0), 1);

    p.stop();

    assertThat(reader).as("its exit is still being read").hasSize(1);
    assertThat(reply.handle((r, e) -> ((BackendFailure) e).code()).join())
        .isEqualTo("shutting_down");
  }
}
