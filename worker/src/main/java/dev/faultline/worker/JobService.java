package dev.faultline.worker;

import dev.faultline.worker.ipc.IpcMessage;
import dev.faultline.worker.ipc.IpcMessage.JobDone;
import dev.faultline.worker.ipc.IpcMessage.JobFailed;
import dev.faultline.worker.ipc.IpcMessage.JobRequest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs jobs on the worker's job threads, never on the IPC event loop, so the socket stays
 * responsive (and keeps sending heartbeats) while a job computes or misbehaves. An answer is
 * written only after {@link JobExecution} has checked the worker's state, so a worker that finds
 * its state corrupted exits before it answers anything. The master pipelines: it may send more jobs
 * than there are job threads; those wait in the pool's queue, in the order they came, and answers
 * leave in the order jobs finish, each with its job id.
 */
final class JobService {
  private final ExecutorService threads;
  private final JobExecution execution;
  private final TestHooks hooks;
  private final WaitingJobs waiting = new WaitingJobs();

  JobService(int workerId, int jobThreads, JobExecution execution, TestHooks hooks) {
    this(jobThreads(workerId, jobThreads), execution, hooks);
    waiting.sweepEvery(WaitingJobs.SWEEP_EVERY_MS, "worker-" + workerId + "-hand-back");
  }

  /** With the given threads: a test may run jobs when and where it wants. */
  JobService(ExecutorService threads, JobExecution execution, TestHooks hooks) {
    this.threads = threads;
    this.execution = execution;
    this.hooks = hooks;
  }

  /** {@code jobThreads} threads, and an unbounded queue for the jobs beyond them. */
  private static ExecutorService jobThreads(int workerId, int jobThreads) {
    AtomicInteger n = new AtomicInteger();
    return Executors.newFixedThreadPool(
        jobThreads,
        r -> {
          Thread t = new Thread(r, "worker-" + workerId + "-job-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  void submit(JobRequest job, Consumer<IpcMessage> reply) {
    WaitingJobs.Waiting w = waiting.arrived(job, reply, System.nanoTime());
    try {
      threads.execute(
          () -> {
            if (w.start()) {
              hooks.beforeJob(job.input());
              reply.accept(run(job));
            }
          });
    } catch (RejectedExecutionException e) {
      w.start(); // not waiting any more: answered here
      reply.accept(
          new JobFailed(job.jobId(), "draining", "this worker is draining and takes no new job"));
    }
  }

  /** The jobs waiting for a job thread: a test hands them back at the time it chooses. */
  WaitingJobs waiting() {
    return waiting;
  }

  IpcMessage run(JobRequest job) {
    try {
      return new JobDone(job.jobId(), execution.execute(job.input(), job.cost(), job.fault()));
    } catch (RuntimeException | StackOverflowError e) {
      return new JobFailed(job.jobId(), "job_failed", e.toString());
    }
  }

  /**
   * Takes no new job, lets the running ones finish (their answers are written as they complete),
   * then calls {@code whenIdle} on a thread of its own.
   */
  void drain(Runnable whenIdle) {
    threads.shutdown();
    Thread t =
        new Thread(
            () -> {
              awaitIdle();
              whenIdle.run();
            },
            "drain");
    t.setDaemon(true);
    t.start();
  }

  private void awaitIdle() {
    try {
      while (!threads.awaitTermination(1, TimeUnit.SECONDS)) {
        // still finishing; the master's own timeout bounds how long it waits for us
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
