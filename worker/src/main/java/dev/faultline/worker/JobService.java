package dev.faultline.worker;

import dev.faultline.worker.ipc.IpcMessage;
import dev.faultline.worker.ipc.IpcMessage.JobDone;
import dev.faultline.worker.ipc.IpcMessage.JobFailed;
import dev.faultline.worker.ipc.IpcMessage.JobRequest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs jobs on the worker's job threads, never on the IPC event loop, so the socket stays
 * responsive while a job computes (or misbehaves). An answer is written only after
 * {@link JobExecution} has checked the worker's state, so a worker that finds its state
 * corrupted exits before it answers anything.
 */
final class JobService {
  private final ExecutorService threads;
  private final JobExecution execution;

  JobService(int workerId, int jobThreads, JobExecution execution) {
    this.execution = execution;
    AtomicInteger n = new AtomicInteger();
    this.threads = Executors.newFixedThreadPool(jobThreads, r -> {
      Thread t = new Thread(r, "worker-" + workerId + "-job-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  void submit(JobRequest job, Consumer<IpcMessage> reply) {
    threads.execute(() -> reply.accept(run(job)));
  }

  IpcMessage run(JobRequest job) {
    try {
      return new JobDone(job.jobId(), execution.execute(job.input(), job.cost(), job.fault()));
    } catch (RuntimeException | StackOverflowError e) {
      return new JobFailed(job.jobId(), "job_failed", e.toString());
    }
  }
}
