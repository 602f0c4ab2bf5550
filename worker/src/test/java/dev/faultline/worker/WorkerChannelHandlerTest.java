package dev.faultline.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.worker.ipc.IpcMessage;
import dev.faultline.worker.ipc.IpcMessage.Drain;
import dev.faultline.worker.ipc.IpcMessage.JobDone;
import dev.faultline.worker.ipc.IpcMessage.JobFailed;
import dev.faultline.worker.ipc.IpcMessage.JobRequest;
import dev.faultline.worker.ipc.IpcPipeline;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The worker's end of a pipelined connection on Netty's in-memory channel, with the job threads
 * replaced by a queue the test runs by hand, so that the order in which jobs finish is the test's.
 */
class WorkerChannelHandlerTest {
  private final HeldJobs jobs = new HeldJobs();
  private final EmbeddedChannel worker = new EmbeddedChannel();
  private final EmbeddedChannel master = new EmbeddedChannel();

  WorkerChannelHandlerTest() {
    TestHooks hooks = new TestHooks("");
    JobService service = new JobService(jobs, new JobExecution(new ResultCache(), () -> {}), hooks);
    IpcPipeline.init(worker.pipeline(), new WorkerChannelHandler(service, hooks));
    IpcPipeline.init(master.pipeline(), new io.netty.channel.ChannelInboundHandlerAdapter());
  }

  @AfterEach
  void close() {
    worker.finishAndReleaseAll();
    master.finishAndReleaseAll();
  }

  @Test
  void shouldTakeEveryPipelinedRequestOfOneReadAndQueueThemInOrder() {
    masterSends(new JobRequest(1, 10, 0, ""), new JobRequest(2, 20, 0, ""));

    assertThat(jobs.queued).hasSize(2);
    assertThat(answers()).isEmpty();
  }

  @Test
  void shouldAnswerEachJobWithItsOwnIdInTheOrderJobsFinish() {
    masterSends(
        new JobRequest(1, 10, 0, ""), new JobRequest(2, 20, 1, ""), new JobRequest(3, 30, 0, ""));

    jobs.run(2);
    jobs.run(0);
    jobs.run(0);

    assertThat(answers())
        .containsExactly(
            new JobDone(3, Workload.digest(30, 0)),
            new JobDone(1, Workload.digest(10, 0)),
            new JobDone(2, Workload.digest(20, 1)));
  }

  @Test
  void shouldFailOnlyTheJobWhoseFaultThrewWhenOthersShareTheConnection() {
    masterSends(new JobRequest(1, 10, 0, "exception"), new JobRequest(2, 20, 0, ""));

    jobs.run(0);
    jobs.run(0);

    List<IpcMessage> answers = answers();
    assertThat(answers.get(0)).isInstanceOf(JobFailed.class);
    assertThat(((JobFailed) answers.get(0)).jobId()).isEqualTo(1);
    assertThat(answers.get(1)).isEqualTo(new JobDone(2, Workload.digest(20, 0)));
  }

  @Test
  void shouldStillAnswerQueuedJobsWhenToldToDrain() {
    masterSends(new JobRequest(1, 10, 0, ""), new JobRequest(2, 20, 0, ""), new Drain());

    jobs.run(0);
    jobs.run(0);

    assertThat(answers()).hasSize(2);
    assertThat(jobs.isShutdown()).isTrue();
  }

  /** What the master writes, delivered to the worker as one read. */
  private void masterSends(IpcMessage... messages) {
    ByteBuf wire = Unpooled.buffer();
    for (IpcMessage m : messages) {
      master.writeOutbound(m);
      for (ByteBuf part = master.readOutbound(); part != null; part = master.readOutbound()) {
        wire.writeBytes(part);
        part.release();
      }
    }
    worker.writeInbound(wire);
  }

  /** What the worker wrote back so far, decoded by the master's pipeline. */
  private List<IpcMessage> answers() {
    worker.runPendingTasks(); // consolidated flushes run as tasks of the event loop
    for (ByteBuf part = worker.readOutbound(); part != null; part = worker.readOutbound()) {
      master.writeInbound(part);
    }
    List<IpcMessage> out = new ArrayList<>();
    for (IpcMessage m = master.readInbound(); m != null; m = master.readInbound()) {
      out.add(m);
    }
    return out;
  }

  /** Job threads that run nothing until the test says which queued job finishes next. */
  private static final class HeldJobs extends AbstractExecutorService {
    final List<Runnable> queued = new ArrayList<>();
    private boolean shutdown;

    /**
     * Runs one queued job, and only then takes it off the queue: the drain thread, waiting in
     * {@link #awaitTermination}, must not see an empty queue while the last job still runs.
     */
    synchronized void run(int index) {
      queued.get(index).run();
      queued.remove(index);
      notifyAll();
    }

    @Override
    public synchronized void execute(Runnable command) {
      if (shutdown) {
        throw new java.util.concurrent.RejectedExecutionException("shut down");
      }
      queued.add(command);
    }

    @Override
    public synchronized void shutdown() {
      shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
      shutdown = true;
      return List.copyOf(queued);
    }

    @Override
    public boolean isShutdown() {
      return shutdown;
    }

    @Override
    public synchronized boolean isTerminated() {
      return shutdown && queued.isEmpty();
    }

    @Override
    public synchronized boolean awaitTermination(long timeout, TimeUnit unit)
        throws InterruptedException {
      if (!isTerminated()) {
        wait(unit.toMillis(timeout));
      }
      return isTerminated();
    }
  }
}
