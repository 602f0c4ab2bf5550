package dev.faultline.supervisor.pool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.config.Recycling;
import dev.faultline.supervisor.backend.BackendFailure;
import dev.faultline.supervisor.backend.JobResult;
import dev.faultline.worker.ipc.IpcMessage;
import io.netty.channel.embedded.EmbeddedChannel;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pool loop on fake workers: every test drives it turn by turn, on a hand-set clock. */
class WorkerPoolTest {
  @TempDir Path runDir;

  private static BackendFailure failure(CompletableFuture<JobResult> reply) {
    assertThat(reply).isCompletedExceptionally();
    try {
      reply.join();
      throw new AssertionError("not failed");
    } catch (CompletionException e) {
      return (BackendFailure) e.getCause();
    }
  }

  @Test
  void shouldHaltWithTheReasonWhenTheFirstWorkerJvmCannotStart() {
    FakePool p = new FakePool(runDir, 2, FakePool.halting(0, 10, 5));
    p.launchFailure = FakePool.cannotStartJvm();

    p.start();

    String reason =
        "the pool loop failed on starting the first workers: java.io.UncheckedIOException: "
            + "cannot start a worker JVM: java -cp faultline.jar";
    assertThat(p.halts).containsExactly(reason);
    assertThat(p.status().getString("halted")).isEqualTo(reason);
    assertThat(p.pool.allReady()).isCompletedExceptionally();
    BackendFailure refused = failure(p.submit(""));
    assertThat(refused.httpStatus()).isEqualTo(503);
    assertThat(refused.code()).isEqualTo("pool_exhausted");
    assertThat(refused.getMessage()).contains(reason);
    assertThat(p.crashEvents("pool_halted"))
        .singleElement()
        .satisfies(e -> assertThat(e.getString("reason")).isEqualTo(reason));
  }

  @Test
  void shouldHaltNamingTheTimerWhenARestartCannotStartAJvm() {
    FakePool p = new FakePool(runDir, 1, FakePool.halting(0, 10, 5));
    p.start();
    p.helloAll();
    p.launchFailure = FakePool.cannotStartJvm();

    p.exit(p.launched.get(0), 1);
    p.advance(FakePool.BACKOFF);

    assertThat(p.halts)
        .singleElement()
        .asString()
        .startsWith(
            "the pool loop failed on the due timers: "
                + "dev.faultline.supervisor.pool.Timers$TimerFailed: "
                + "the timer 'the backoff before slot 1 gets a new worker' failed");
    assertThat(p.status().getString("halted")).isEqualTo(p.halts.get(0));
  }

  @Test
  void shouldStillAnswerAStatusRequestAfterAHandlerFailed() {
    FakePool p = new FakePool(runDir, 1, FakePool.halting(0, 10, 5));
    p.start();
    p.helloAll();
    p.pool.post(
        new PoolEvent.Answered(p.launched.get(0).pid, new IpcMessage.Drain(), p.clock.nanos()));

    p.pool.turnNow(); // a message the master never expects from a worker: a ClassCastException

    assertThat(p.halts)
        .singleElement()
        .asString()
        .startsWith(
            "the pool loop failed on a message from pid 100: Drain: "
                + "java.lang.ClassCastException");
    assertThat(p.status().getString("halted")).isEqualTo(p.halts.get(0));
    p.stop();
    assertThat(p.pool.running()).isFalse();
  }

  @Test
  void shouldServeARequestOnAReadyWorker() {
    FakePool p = new FakePool(runDir, 1, FakePool.supervision(0, 10, 5));
    p.start();
    p.helloAll();
    Worker w = p.launched.get(0);

    CompletableFuture<JobResult> reply = p.submit("");
    assertThat(FakePool.sentTo(w)).containsExactly(1L);
    p.answer(w, 1);

    assertThat(reply.join()).isEqualTo(new JobResult(42, "worker-1", w.pid));
    assertThat(p.status().getJsonArray("workers").getJsonObject(0).getLong("served")).isEqualTo(1);
  }

  @Test
  void shouldFailTheLoneSuspectWith502AndReplaceTheWorkerAtOnceOnItsSlotsFirstCrash() {
    FakePool p = new FakePool(runDir, 1, FakePool.supervision(0, 10, 5));
    p.start();
    p.helloAll();
    Worker dead = p.launched.get(0);
    CompletableFuture<JobResult> reply = p.submit("exit");

    p.exit(dead, 1);

    assertThat(failure(reply).httpStatus()).isEqualTo(502);
    JsonObject death = p.crashEvents("worker_died").get(0);
    assertThat(death.getString("causeClass")).isEqualTo("exit_code");
    assertThat(death.getJsonObject("restart").getString("action")).isEqualTo("replace");
    assertThat(death.getJsonObject("restart").getLong("backoffMs")).isZero();
    p.advance(java.time.Duration.ZERO);
    assertThat(p.launched).as("the first restart of a slot starts at once").hasSize(2);
    p.helloAll();
    assertThat(p.status().getInteger("ready")).isEqualTo(1);
    assertThat(p.status().getInteger("workerRestarts")).isEqualTo(1);
    assertThat(p.crashEvents("worker_ready"))
        .singleElement()
        .satisfies(e -> assertThat(e.getLong("replacesPid")).isEqualTo(dead.pid));
  }

  @Test
  void shouldRetryABootFailureThenHaltAfterMaxBootFailures() {
    FakePool p = new FakePool(runDir, 1, FakePool.halting(0, 10, 2));
    p.start();

    p.exit(p.launched.get(0), 78);
    assertThat(p.crashEvents("worker_died").get(0).getBoolean("bootFailure")).isTrue();
    p.advance(FakePool.BACKOFF);
    p.exit(p.launched.get(1), 78);

    assertThat(p.halts)
        .singleElement()
        .asString()
        .startsWith("a worker failed to boot 2 times in a row (max-boot-failures 2)");
    assertThat(p.pool.allReady()).isCompletedExceptionally();
    assertThat(p.launched).hasSize(2);
  }

  @Test
  void shouldSwapInTheReadySpareTheMomentAWorkerDies() {
    FakePool p = new FakePool(runDir, 1, FakePool.supervision(1, 10, 5));
    p.start();
    p.helloAll(); // the slot is ready: the spare starts on that turn
    p.helloAll();
    Worker worker = p.launched.get(0);
    Worker spare = p.launched.get(1);
    assertThat(p.status().getInteger("sparesReady")).isEqualTo(1);

    p.exit(worker, 139);

    JsonObject replacement = p.crashEvents("worker_died").get(0).getJsonObject("replacement");
    assertThat(replacement.getString("source")).isEqualTo("spare");
    assertThat(replacement.getLong("pid")).isEqualTo(spare.pid);
    JsonObject status = p.status();
    assertThat(status.getInteger("ready")).isEqualTo(1);
    assertThat(status.getJsonArray("workers").getJsonObject(0).getLong("pid")).isEqualTo(spare.pid);
    assertThat(spare.name()).isEqualTo("worker 1 (pid " + spare.pid + ")");
  }

  @Test
  void shouldHaltAndRefuseWhenRestartsExceedTheBudget() {
    FakePool p = new FakePool(runDir, 1, FakePool.halting(0, 1, 5));
    p.start();
    p.helloAll();
    p.exit(p.launched.get(0), 1);
    p.advance(FakePool.BACKOFF);
    p.helloAll();

    p.exit(p.launched.get(1), 1);

    String reason = "2 restarts within 60s exceed the restart budget of 1 restart in 60s";
    assertThat(p.halts).singleElement().asString().startsWith(reason);
    assertThat(p.crashEvents("worker_died").get(1).getJsonObject("restart").getString("action"))
        .isEqualTo("escalate");
    assertThat(p.status().getString("halted")).startsWith(reason);
    assertThat(failure(p.submit("")).code()).isEqualTo("pool_exhausted");
    p.advance(Duration.ofSeconds(5));
    assertThat(p.launched).as("a halted pool starts nothing").hasSize(2);
  }

  @Test
  void shouldDrainARecycledWorkerAfterItsSuccessorTookOver() {
    FakePool p =
        new FakePool(
            runDir, 1, FakePool.supervision(0, 10, 5, new Recycling(1, 0, 0, Duration.ZERO)));
    p.start();
    p.helloAll();
    Worker old = p.launched.get(0);
    p.submit("");
    p.answer(old, 1); // its one request: due for recycling, a successor starts

    p.helloAll();

    assertThat(old.state()).isEqualTo(Worker.State.DRAINING);
    assertThat(((EmbeddedChannel) old.channel()).outboundMessages())
        .last()
        .isEqualTo(new IpcMessage.Drain());
    p.exit(old, 0);
    JsonObject death = p.crashEvents("worker_died").get(0);
    assertThat(death.getString("causeClass")).isEqualTo("recycled");
    assertThat(death.getJsonObject("restart").getString("action")).isEqualTo("none");
    assertThat(p.status().getInteger("workerRestarts")).isZero();
  }

  @Test
  void shouldKillARetiredWorkerThatDoesNotFinishDraining() {
    FakePool p =
        new FakePool(
            runDir, 1, FakePool.supervision(0, 10, 5, new Recycling(1, 0, 0, Duration.ZERO)));
    p.start();
    p.helloAll();
    Worker old = p.launched.get(0);
    p.submit("");
    p.answer(old, 1);
    p.helloAll();

    p.advance(FakePool.DEADLINE.plus(FakePool.KILL_GRACE)); // SIGTERM: the fake obeys

    assertThat(((FakeProcess) old.process).sigterms).isEqualTo(1);
    p.pool.turnNow();
    assertThat(p.crashEvents("worker_died").get(0).getString("causeClass"))
        .isEqualTo("drain_timeout");
  }

  @Test
  void shouldFailWaitingRequestsAndStopEveryWorkerWhenStopped() {
    FakePool p = new FakePool(runDir, 1, FakePool.supervision(0, 10, 5));
    p.start();
    p.helloAll();
    CompletableFuture<JobResult> inFlight = p.submit("");
    CompletableFuture<JobResult> waiting = p.submit("");

    p.stop();

    assertThat(failure(inFlight).code()).isEqualTo("shutting_down");
    assertThat(failure(waiting).code()).isEqualTo("shutting_down");
    assertThat(p.launched).allMatch(w -> !w.process.isAlive());
    assertThat(p.pool.running()).isFalse();
  }
}
