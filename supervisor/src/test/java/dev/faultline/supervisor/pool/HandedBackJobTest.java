package dev.faultline.supervisor.pool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.supervisor.backend.JobResult;
import dev.faultline.worker.ipc.IpcMessage.JobFailed;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job queued behind one that then hangs is handed back unstarted by its worker: the pool sends it
 * to a worker that is moving, with the same attempt, and it never counts as served or failed.
 */
class HandedBackJobTest {
  @TempDir Path runDir;

  @Test
  void shouldSendAJobHandedBackUnstartedToAWorkerThatIsMovingAndAnswerItFromThere() {
    FakePool p = new FakePool(runDir, 2, FakePool.supervision(0, 10, 5));
    p.start();
    p.helloAll();
    Worker one = p.launched.get(0);
    Worker two = p.launched.get(1);
    CompletableFuture<JobResult> a = p.submit(""); // job 1, on worker 1
    p.advance(Duration.ofMillis(1));
    p.submit("hang"); // job 2, on worker 2
    p.advance(Duration.ofMillis(1));
    CompletableFuture<JobResult> c = p.submit(""); // job 3: behind the younger job, on worker 2
    assertThat(FakePool.sentTo(two)).containsExactly(2L, 3L);
    p.advance(Duration.ofMillis(30));
    p.answer(one, 1);
    assertThat(a).isCompleted();

    handBack(p, two, 3);

    assertThat(FakePool.sentTo(one)).containsExactly(1L, 3L);
    assertThat(c).isNotDone();
    p.answer(one, 3);
    assertThat(c.join().unit()).isEqualTo("worker-1");
    assertThat(two.served()).isZero();
  }

  @Test
  void shouldKeepAHandedBackJobQueuedWhileNoWorkerIsMoving() {
    FakePool p = new FakePool(runDir, 1, FakePool.supervision(0, 10, 5));
    p.start();
    p.helloAll();
    Worker one = p.launched.get(0);
    p.submit("hang"); // job 1
    CompletableFuture<JobResult> behind = p.submit(""); // job 2, queued behind it while it is young
    p.advance(Duration.ofMillis(30));

    handBack(p, one, 2);

    assertThat(behind).isNotDone();
    assertThat(p.status().getInteger("queued")).isEqualTo(1);
    assertThat(FakePool.sentTo(one)).containsExactly(1L, 2L); // not sent behind the stuck job again
  }

  private static void handBack(FakePool p, Worker w, long jobId) {
    p.pool.post(
        new PoolEvent.Answered(
            w.pid,
            new JobFailed(jobId, JobFailed.NOT_STARTED, "waited 100 ms in this worker"),
            p.clock.nanos()));
    p.pool.turnNow();
  }
}
