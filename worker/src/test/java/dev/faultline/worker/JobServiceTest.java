package dev.faultline.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.worker.ipc.IpcMessage;
import dev.faultline.worker.ipc.IpcMessage.JobDone;
import dev.faultline.worker.ipc.IpcMessage.JobFailed;
import dev.faultline.worker.ipc.IpcMessage.JobRequest;
import org.junit.jupiter.api.Test;

/** Tests {@code run}, the part of a job that runs on a job thread, called directly. */
class JobServiceTest {
  private final JobService service =
      new JobService(1, 1, new JobExecution(new ResultCache(), () -> {}), new TestHooks(""));

  @Test
  void shouldAnswerJobDoneWithTheDigestAndTheSameJobId() {
    IpcMessage answer = service.run(new JobRequest(11, 42, 1, ""));

    assertThat(answer).isEqualTo(new JobDone(11, Workload.digest(42, 1)));
  }

  @Test
  void shouldMapExceptionFaultToJobFailedWithStableCode() {
    IpcMessage answer = service.run(new JobRequest(12, 42, 1, "exception"));

    assertThat(answer)
        .isEqualTo(
            new JobFailed(
                12,
                "job_failed",
                "dev.faultline.chaos.InjectedFaultException: injected by fault 'exception'"));
  }

  @Test
  void shouldMapUnknownFaultToJobFailed() {
    IpcMessage answer = service.run(new JobRequest(13, 42, 1, "boom"));

    assertThat(answer).isInstanceOf(JobFailed.class);
    JobFailed failed = (JobFailed) answer;
    assertThat(failed.jobId()).isEqualTo(13);
    assertThat(failed.error()).isEqualTo("job_failed");
    assertThat(failed.message())
        .isEqualTo(
            "dev.faultline.chaos.UnknownFaultException: "
                + "fault must be one of "
                + String.join(", ", dev.faultline.chaos.FaultCatalogue.names())
                + ", but was 'boom'");
  }

  @Test
  void shouldMapCostOutOfBoundsToJobFailed() {
    IpcMessage answer = service.run(new JobRequest(14, 42, 10_001, ""));

    assertThat(answer)
        .isEqualTo(
            new JobFailed(
                14,
                "job_failed",
                "dev.faultline.config.ConfigException: cost must be between 0 and 10000, but was 10001"));
  }

  @Test
  void shouldRunAsManyJobsAtOnceAsItHasThreadsAndQueueTheRest() throws Exception {
    // two job threads and no hand-back sweep: the queued jobs wait as long as they must
    JobService twoThreads =
        new JobService(
            java.util.concurrent.Executors.newFixedThreadPool(2),
            new JobExecution(new ResultCache(), () -> {}),
            new TestHooks("sleep-job-on=5:200"));
    java.util.concurrent.LinkedBlockingQueue<IpcMessage> answers =
        new java.util.concurrent.LinkedBlockingQueue<>();
    long start = System.nanoTime();

    for (int id = 1; id <= 4; id++) {
      twoThreads.submit(new JobRequest(id, 5, 0, ""), answers::add);
    }
    for (int i = 0; i < 4; i++) {
      assertThat(answers.poll(10, java.util.concurrent.TimeUnit.SECONDS)).isNotNull();
    }

    // four 200 ms jobs on two threads take two rounds: never less than 400 ms
    assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(400);
  }

  @Test
  void shouldHandBackAJobStillWaitingBehindABusyThreadOnceAndNeverRunIt() throws Exception {
    java.util.concurrent.ExecutorService one =
        java.util.concurrent.Executors.newSingleThreadExecutor();
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    one.execute(() -> awaitQuietly(release)); // the job thread is stuck
    JobService stuck =
        new JobService(one, new JobExecution(new ResultCache(), () -> {}), new TestHooks(""));
    java.util.concurrent.LinkedBlockingQueue<IpcMessage> answers =
        new java.util.concurrent.LinkedBlockingQueue<>();
    stuck.submit(new JobRequest(21, 5, 0, ""), answers::add);

    long later =
        System.nanoTime()
            + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(WaitingJobs.HAND_BACK_AFTER_MS);
    assertThat(stuck.waiting().handBackOverdue(System.nanoTime())).as("too early").isZero();
    assertThat(stuck.waiting().handBackOverdue(later)).isEqualTo(1);
    assertThat(stuck.waiting().handBackOverdue(later)).as("only once").isZero();
    release.countDown();
    one.shutdown();
    assertThat(one.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

    assertThat(answers)
        .singleElement()
        .isInstanceOfSatisfying(
            JobFailed.class,
            f -> {
              assertThat(f.jobId()).isEqualTo(21);
              assertThat(f.notStarted()).isTrue();
            });
  }

  @Test
  void shouldNeverHandBackAJobThatAJobThreadStarted() throws Exception {
    java.util.concurrent.ExecutorService one =
        java.util.concurrent.Executors.newSingleThreadExecutor();
    JobService free =
        new JobService(one, new JobExecution(new ResultCache(), () -> {}), new TestHooks(""));
    java.util.concurrent.LinkedBlockingQueue<IpcMessage> answers =
        new java.util.concurrent.LinkedBlockingQueue<>();
    free.submit(new JobRequest(22, 5, 0, ""), answers::add);
    assertThat(answers.poll(10, java.util.concurrent.TimeUnit.SECONDS))
        .isEqualTo(new JobDone(22, Workload.digest(5, 0)));

    assertThat(free.waiting().handBackOverdue(Long.MAX_VALUE / 2)).isZero();
    one.shutdown();
  }

  private static void awaitQuietly(java.util.concurrent.CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
