package dev.faultline.supervisor.pool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.supervisor.backend.Job;
import dev.faultline.supervisor.backend.JobResult;
import dev.faultline.worker.ipc.IpcMessage;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data plane's door ({@link WorkerPool#handleHere}): a request is written to a worker, and its
 * answer completes it, on the thread that has them, without a turn of the loop; behind events
 * already queued, they wait for the loop like any other.
 */
class DataPlaneTest {
  @TempDir Path runDir;

  private static PoolEvent.Submitted request(long id, CompletableFuture<JobResult> reply) {
    return new PoolEvent.Submitted(new Job(id, id, 1, "", "GET /work?input=" + id), reply);
  }

  @Test
  void shouldWriteARequestToItsWorkerOnTheSubmittingThreadWithoutALoopTurn() {
    FakePool p = new FakePool(runDir, 1, FakePool.supervision(0, 10, 5));
    p.start();
    p.helloAll();
    Worker w = p.launched.get(0);
    CompletableFuture<JobResult> reply = new CompletableFuture<>();

    p.pool.handleHere(request(7, reply));

    assertThat(FakePool.sentTo(w)).containsExactly(7L);
    assertThat(reply).isNotDone();
  }

  @Test
  void shouldCompleteARequestWhenItsAnswerIsHandledOnTheReadingThread() {
    FakePool p = new FakePool(runDir, 1, FakePool.supervision(0, 10, 5));
    p.start();
    p.helloAll();
    Worker w = p.launched.get(0);
    CompletableFuture<JobResult> reply = new CompletableFuture<>();
    p.pool.handleHere(request(7, reply));

    p.pool.handleHere(
        new PoolEvent.Answered(w.pid, new IpcMessage.JobDone(7, 42), p.clock.nanos()));

    assertThat(reply).isCompleted();
    assertThat(reply.join().pid()).isEqualTo(w.pid);
    assertThat(w.load()).isZero();
  }

  @Test
  void shouldDispatchAWaitingRequestWhenAnAnswerFreesItsWorker() {
    FakePool p = new FakePool(runDir, 1, FakePool.supervision(0, 10, 5));
    p.start();
    p.helloAll();
    Worker w = p.launched.get(0);
    int window = Dispatcher.PIPELINE_DEPTH; // one job thread
    for (long id = 1; id <= window + 1; id++) {
      p.pool.handleHere(request(id, new CompletableFuture<>()));
    }
    assertThat(FakePool.sentTo(w)).hasSize(window);

    p.pool.handleHere(
        new PoolEvent.Answered(w.pid, new IpcMessage.JobDone(1, 42), p.clock.nanos()));

    assertThat(FakePool.sentTo(w)).hasSize(window + 1).endsWith((long) window + 1);
  }

  @Test
  void shouldLeaveARequestToTheLoopWhenEventsWaitBeforeIt() {
    FakePool p = new FakePool(runDir, 1, FakePool.supervision(0, 10, 5));
    p.start();
    p.helloAll();
    Worker w = p.launched.get(0);
    p.pool.post(new PoolEvent.StatusWanted(new CompletableFuture<JsonObject>()));

    p.pool.handleHere(request(7, new CompletableFuture<>()));
    assertThat(FakePool.sentTo(w)).isEmpty();

    p.pool.turnNow();
    assertThat(FakePool.sentTo(w)).containsExactly(7L);
  }
}
