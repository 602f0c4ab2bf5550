package dev.faultline.worker;

import dev.faultline.worker.ipc.IpcMessage;
import dev.faultline.worker.ipc.IpcMessage.JobFailed;
import dev.faultline.worker.ipc.IpcMessage.JobRequest;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * The jobs this worker holds that no job thread has started yet, and the rule that hands one back
 * to the master unstarted ({@code JobFailed} with error {@link JobFailed#NOT_STARTED}) once it has
 * waited {@value #HAND_BACK_AFTER_MS} ms: the job threads ahead of it are stuck or slow (a hang, a
 * deadlock, a long GC), and the master gives it to a worker that is moving instead of letting it
 * wait, and time out, with the stuck one. The master stops queueing behind a job once that job is
 * 20 ms old; this covers the jobs it queued before that. Each job is taken exactly once: by a job
 * thread, which runs it, or by the sweep, which hands it back.
 */
final class WaitingJobs {
  /** How long a job may wait in this worker before it is handed back. */
  static final long HAND_BACK_AFTER_MS = 100;

  /** How often the sweep looks: a job waits at most this much longer than the limit. */
  static final long SWEEP_EVERY_MS = 50;

  private final Queue<Waiting> waiting = new ConcurrentLinkedQueue<>();

  /** One job between its arrival and its start (or its hand-back). */
  final class Waiting {
    final JobRequest job;
    final Consumer<IpcMessage> reply;
    final long arrivedAtNanos;
    private final AtomicBoolean taken = new AtomicBoolean();

    private Waiting(JobRequest job, Consumer<IpcMessage> reply, long arrivedAtNanos) {
      this.job = job;
      this.reply = reply;
      this.arrivedAtNanos = arrivedAtNanos;
    }

    /** A job thread's claim: true if it is this thread's to run (not handed back). */
    boolean start() {
      return take();
    }

    private boolean take() {
      if (!taken.compareAndSet(false, true)) {
        return false;
      }
      waiting.remove(this);
      return true;
    }
  }

  Waiting arrived(JobRequest job, Consumer<IpcMessage> reply, long nowNanos) {
    Waiting w = new Waiting(job, reply, nowNanos);
    waiting.add(w);
    return w;
  }

  /** Hands back every job that has waited {@value #HAND_BACK_AFTER_MS} ms or more; how many. */
  int handBackOverdue(long nowNanos) {
    int n = 0;
    for (Waiting w : waiting) {
      long waitedMs = TimeUnit.NANOSECONDS.toMillis(nowNanos - w.arrivedAtNanos);
      if (waitedMs >= HAND_BACK_AFTER_MS && w.take()) {
        w.reply.accept(
            new JobFailed(
                w.job.jobId(),
                JobFailed.NOT_STARTED,
                "waited " + waitedMs + " ms in this worker without a job thread coming free"));
        n++;
      }
    }
    return n;
  }

  /** Starts the sweep on a daemon thread of its own, for the life of the worker. */
  void sweepEvery(long periodMs, String threadName) {
    Thread t =
        new Thread(
            () -> {
              while (true) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(periodMs));
                handBackOverdue(System.nanoTime());
              }
            },
            threadName);
    t.setDaemon(true);
    t.start();
  }
}
