package dev.faultline.client;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Computes the digest each answer must carry on a thread of its own, ahead of the schedule, so the
 * event loop that sends and times requests never runs the workload itself (at 1,000 requests per
 * second of ~100 µs each, that alone was a tenth of the loop, and the client measured itself). It
 * walks the requests in the order they are due and starts each one at most {@link #AHEAD_NANOS}
 * before its moment, so it does not compete with the servers for the whole plan up front.
 */
final class ExpectedDigests implements AutoCloseable {
  static final long AHEAD_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final Thread thread;

  private ExpectedDigests(Thread thread) {
    this.thread = thread;
  }

  /**
   * @param inDueOrder requests sorted by due time; one with due time 0 is computed at once
   * @param startNanos the run's start, the origin of the due times
   */
  static ExpectedDigests start(List<PlannedRequest> inDueOrder, long startNanos) {
    Thread t = new Thread(() -> computeAll(inDueOrder, startNanos), "expected-digests");
    t.setDaemon(true);
    t.setPriority(Thread.NORM_PRIORITY - 1);
    t.start();
    return new ExpectedDigests(t);
  }

  private static void computeAll(List<PlannedRequest> requests, long startNanos) {
    for (PlannedRequest r : requests) {
      long wait = startNanos + r.dueNanos - AHEAD_NANOS - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      if (Thread.currentThread().isInterrupted()) {
        return;
      }
      r.computeExpected();
    }
  }

  /** The run is over: the rest is never needed. */
  @Override
  public void close() {
    thread.interrupt();
  }
}
