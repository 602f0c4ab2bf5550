package dev.faultline.supervisor.pool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.supervisor.backend.BackendFailure;
import dev.faultline.supervisor.backend.JobResult;
import dev.faultline.supervisor.restart.Recovery;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The way back after the budget ran out, on fake workers and the hand-set clock: pause, canary
 * after the cool-down, refill after the probation; and deaths from outside that spend no budget.
 */
class RecoveryPoolTest {
  private static final int SIGKILL = 137;

  @TempDir Path runDir;

  /** Two ready workers, a budget of one restart: two crashes pause the pool. */
  private FakePool pausedPool() {
    FakePool p = new FakePool(runDir, 2, FakePool.supervision(0, 1, 5));
    p.start();
    p.helloAll();
    p.exit(p.launched.get(0), 1);
    p.advance(FakePool.BACKOFF);
    p.helloAll();
    p.exit(p.launched.get(1), 1);
    return p;
  }

  private static JsonObject recovery(FakePool p) {
    return p.status().getJsonObject("recovery");
  }

  private static BackendFailure failure(CompletableFuture<JobResult> reply) {
    try {
      reply.join();
      throw new AssertionError("not failed");
    } catch (CompletionException e) {
      return (BackendFailure) e.getCause();
    }
  }

  @Test
  void shouldPauseAndAnswer503WithRetryAfterWhenRestartsExceedTheBudget() {
    FakePool p = pausedPool();

    assertThat(p.halts).as("a pause is no halt").isEmpty();
    assertThat(recovery(p).getString("phase")).isEqualTo("paused");
    assertThat(recovery(p).getString("reason"))
        .startsWith("2 restarts within 60s exceed the restart budget of 1 restart in 60s");
    assertThat(recovery(p).getLong("nextTryInMs")).isEqualTo(Recovery.COOL_DOWN.toMillis());
    BackendFailure refused = failure(p.submit(""));
    assertThat(refused.httpStatus()).isEqualTo(503);
    assertThat(refused.code()).isEqualTo("pool_exhausted");
    assertThat(refused.retryAfterSeconds()).isEqualTo(5);
    assertThat(p.launched).allMatch(w -> !w.process.isAlive());
    int launched = p.launched.size();
    p.advance(Duration.ofSeconds(4));
    assertThat(p.launched).as("nothing starts during the cool-down").hasSize(launched);
    assertThat(p.crashEvents("pool_paused")).hasSize(1);
  }

  @Test
  void shouldStartOneCanaryAfterTheCoolDown() {
    FakePool p = pausedPool();
    int launched = p.launched.size();

    p.advance(Recovery.COOL_DOWN);

    assertThat(p.launched).hasSize(launched + 1);
    assertThat(recovery(p).getString("phase")).isEqualTo("canary");
    assertThat(p.crashEvents("pool_canary")).hasSize(1);
  }

  @Test
  void shouldRefillEverySlotWhenTheCanaryStaysUpForItsProbation() {
    FakePool p = pausedPool();
    p.advance(Recovery.COOL_DOWN);
    p.helloAll();
    int launched = p.launched.size();
    assertThat(p.status().getInteger("ready")).isEqualTo(1);

    p.advanceBeating(Recovery.PROBATION.minusMillis(100));
    assertThat(p.launched).as("still on probation").hasSize(launched);
    p.advanceBeating(Duration.ofMillis(100));
    p.helloAll();

    assertThat(recovery(p).getString("phase")).isEqualTo("serving");
    assertThat(p.launched).hasSize(launched + 1);
    assertThat(p.status().getInteger("ready")).isEqualTo(2);
    assertThat(p.crashEvents("pool_recovered")).hasSize(1);
  }

  @Test
  void shouldDoubleTheCoolDownWhenTheCanaryDies() {
    FakePool p = pausedPool();
    p.advance(Recovery.COOL_DOWN);
    p.helloAll();

    p.exit(p.launched.get(p.launched.size() - 1), 1);

    assertThat(recovery(p).getString("phase")).isEqualTo("paused");
    assertThat(recovery(p).getLong("coolDownMs")).isEqualTo(2 * Recovery.COOL_DOWN.toMillis());
    int launched = p.launched.size();
    p.advance(Recovery.COOL_DOWN);
    assertThat(p.launched).hasSize(launched);
    p.advance(Recovery.COOL_DOWN);
    assertThat(p.launched).hasSize(launched + 1);
  }

  @Test
  void shouldCountNoDeathFromOutsideAsABootFailureNorPauseOnThem() {
    FakePool p = new FakePool(runDir, 1, FakePool.supervision(0, 1, 2));
    p.start();
    for (int i = 0; i < 3; i++) { // killed while starting, three times: max-boot-failures is 2
      p.exit(p.launched.get(p.launched.size() - 1), SIGKILL);
      p.advance(Duration.ofSeconds(1));
    }
    p.helloAll();
    p.exit(p.launched.get(p.launched.size() - 1), SIGKILL); // and once ready: the budget is 1

    assertThat(p.crashEvents("worker_died"))
        .hasSize(4)
        .allMatch(e -> !e.getBoolean("bootFailure"))
        .allMatch(e -> "replace".equals(e.getJsonObject("restart").getString("action")));
    assertThat(recovery(p).getString("phase")).isEqualTo("serving");
    assertThat(recovery(p).getInteger("outsideDeathsInPeriod")).isEqualTo(4);
  }

  @Test
  void shouldNeverPauseOnDeathsFromOutsideHoweverManyArrive() {
    FakePool p = new FakePool(runDir, 1, FakePool.supervision(0, 1, 5));
    p.start();
    for (int i = 0; i < 100; i++) { // two a second for 50 s, against a budget of 1
      p.helloAll();
      p.exit(p.launched.get(p.launched.size() - 1), SIGKILL);
      p.advance(Duration.ofMillis(500));
    }
    p.helloAll();

    assertThat(recovery(p).getString("phase")).isEqualTo("serving");
    assertThat(recovery(p).getInteger("pauses")).isZero();
    assertThat(p.crashEvents("pool_paused")).isEmpty();
    assertThat(p.crashEvents("worker_died"))
        .hasSize(100)
        .allMatch(e -> "replace".equals(e.getJsonObject("restart").getString("action")))
        .allMatch(e -> e.getJsonObject("restart").getLong("backoffMs", 0L) == 0);
    assertThat(recovery(p).getInteger("outsideDeathsInPeriod")).isEqualTo(100);
    assertThat(p.status().getInteger("ready")).isEqualTo(1);
    assertThat(p.status().getDouble("longestDeathStepMs")).isPositive();
    assertThat(p.launched.stream().map(w -> w.pid))
        .contains(p.status().getLong("longestDeathStepPid"));
  }

  @Test
  void shouldStartAnotherCanaryAtOnceWithoutPausingWhenTheCanaryIsKilledFromOutside() {
    FakePool p = pausedPool();
    p.advance(Recovery.COOL_DOWN);
    int launched = p.launched.size();

    p.exit(p.launched.get(launched - 1), SIGKILL); // killed while booting
    p.helloAll();
    p.exit(p.launched.get(p.launched.size() - 1), SIGKILL); // and once ready

    assertThat(p.launched).as("a new canary each time, at once").hasSize(launched + 2);
    assertThat(recovery(p).getString("phase")).isEqualTo("canary");
    assertThat(recovery(p).getInteger("pauses")).isEqualTo(1);
    assertThat(recovery(p).getLong("coolDownMs")).isEqualTo(Recovery.COOL_DOWN.toMillis());
    assertThat(p.crashEvents("pool_paused")).hasSize(1);
    assertThat(p.crashEvents("pool_canary")).hasSize(3);
    p.helloAll();
    p.advanceBeating(Recovery.PROBATION);
    assertThat(recovery(p).getString("phase")).isEqualTo("serving");
  }

  @Test
  void shouldKeepTheProbationGoingWhenTheCanaryIsKilledFromOutside() {
    FakePool p = pausedPool();
    p.advance(Recovery.COOL_DOWN);
    p.helloAll(); // the probation starts
    p.advanceBeating(Duration.ofSeconds(3));

    p.exit(p.launched.get(p.launched.size() - 1), SIGKILL);
    p.helloAll();
    p.advanceBeating(Recovery.PROBATION.minusSeconds(3).minusMillis(500));
    assertThat(recovery(p).getString("phase")).as("not over yet").isEqualTo("canary");
    p.advanceBeating(Duration.ofMillis(500));
    p.helloAll();

    assertThat(recovery(p).getString("phase"))
        .as("over at the end the first canary's probation was due")
        .isEqualTo("serving");
    assertThat(recovery(p).getInteger("pauses")).isEqualTo(1);
    assertThat(p.crashEvents("pool_recovered")).hasSize(1);
    assertThat(p.status().getInteger("ready")).isEqualTo(2);
  }

  @Test
  void shouldFillEverySlotWhenTheProbationEndsWhileTheCanaryKilledFromOutsideIsReplaced() {
    FakePool p = pausedPool();
    p.advance(Recovery.COOL_DOWN);
    p.helloAll();
    p.advanceBeating(Recovery.PROBATION.minusMillis(500));
    int launched = p.launched.size();

    p.exit(p.launched.get(launched - 1), SIGKILL); // its replacement has not said hello yet
    p.advance(Duration.ofMillis(500));

    assertThat(recovery(p).getString("phase")).isEqualTo("serving");
    assertThat(p.launched).as("another canary, then the other slot").hasSize(launched + 2);
    p.helloAll();
    assertThat(p.status().getInteger("ready")).isEqualTo(2);
  }

  @Test
  void shouldStillPauseWhenDeathsThePoolsOwnWorkExplainsExceedTheBudget() {
    FakePool p = new FakePool(runDir, 2, FakePool.supervision(0, 1, 5));
    p.start();
    p.helloAll();
    for (int i = 0; i < 10; i++) { // outside kills first: they spend nothing
      p.exit(p.launched.get(p.launched.size() - 1), SIGKILL);
      p.helloAll();
    }
    assertThat(recovery(p).getString("phase")).isEqualTo("serving");

    p.exit(p.launched.get(p.launched.size() - 1), 1); // an unexplained exit: 1 restart of 1
    p.advance(FakePool.BACKOFF);
    p.helloAll();
    p.exit(p.launched.get(p.launched.size() - 1), 1); // and another: 2 of 1

    assertThat(recovery(p).getString("phase")).isEqualTo("paused");
    assertThat(recovery(p).getString("reason")).startsWith("2 restarts within 60s exceed");
    assertThat(p.crashEvents("worker_died").get(11).getJsonObject("restart").getString("action"))
        .isEqualTo("escalate");
  }
}
