package dev.faultline.supervisor.backend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.config.Mode;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class DrainGateTest {
  /** A backend whose answers the test gives by hand. */
  private static final class HandBackend implements Backend {
    final List<CompletableFuture<JobResult>> open = new ArrayList<>();

    @Override
    public Mode mode() {
      return Mode.PROCESS;
    }

    @Override
    public CompletableFuture<Void> start() {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<JobResult> submit(Job job) {
      CompletableFuture<JobResult> f = new CompletableFuture<>();
      open.add(f);
      return f;
    }

    @Override
    public CompletableFuture<JsonObject> status() {
      return CompletableFuture.completedFuture(new JsonObject());
    }

    @Override
    public void close() {}
  }

  private final HandBackend inner = new HandBackend();
  private final DrainGate gate = new DrainGate(inner);
  private final Job job = new Job(1, 1, 1, "", "GET /work?input=1&cost=1");

  @Test
  void shouldBeDrainedAtOnceWhenNothingIsInside() {
    assertThat(gate.closeDoor()).isDone();
  }

  @Test
  void shouldCompleteTheDrainWhenTheLastRequestInsideIsAnswered() {
    gate.submit(job);
    gate.submit(job);

    CompletableFuture<Void> drained = gate.closeDoor();
    inner.open.get(0).complete(new JobResult(1, "worker-1", 1));

    assertThat(drained).isNotDone();
    assertThat(gate.inside()).isEqualTo(1);
    inner.open.get(1).completeExceptionally(BackendFailure.jobFailed("boom"));
    assertThat(drained).isDone();
  }

  @Test
  void shouldRefuseNewRequestsOnceTheDoorIsClosed() {
    gate.closeDoor();

    CompletableFuture<JobResult> refused = gate.submit(job);

    assertThat(inner.open).isEmpty();
    BackendFailure f =
        (BackendFailure)
            org.assertj.core.api.Assertions.catchThrowableOfType(
                    refused::join, CompletionException.class)
                .getCause();
    assertThat(f.httpStatus()).isEqualTo(503);
    assertThat(f.code()).isEqualTo("shutting_down");
    assertThat(f.retryAfterSeconds()).isEqualTo(1);
    assertThat(gate.inside()).isZero();
  }
}
