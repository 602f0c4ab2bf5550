package dev.faultline.supervisor.backend;

import dev.faultline.config.Mode;
import dev.faultline.worker.JobExecution;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Thread mode: a bounded pool of N threads in this JVM runs the workload, faults included. The
 * hazard is the point: every thread shares this JVM's address space, heap, file table and exit,
 * so a fatal fault in one job takes the front, the pool and every other request with it.
 */
public final class ThreadBackend implements Backend {
  /** Jobs that may wait for a free thread before the front answers 503. */
  public static final int QUEUE_CAPACITY = 1024;

  private final int threads;
  private final ThreadPoolExecutor pool;
  private final AtomicLong served = new AtomicLong();
  private final long pid = ProcessHandle.current().pid();

  public ThreadBackend(int threads) {
    this.threads = threads;
    AtomicInteger n = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(QUEUE_CAPACITY), r -> new Thread(r, "thread-" + n.incrementAndGet()));
    pool.prestartAllCoreThreads();
  }

  @Override
  public Mode mode() {
    return Mode.THREAD;
  }

  @Override
  public CompletableFuture<Void> start() {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<JobResult> submit(Job job) {
    try {
      return CompletableFuture.supplyAsync(() -> run(job), pool);
    } catch (RejectedExecutionException e) {
      return CompletableFuture.failedFuture(BackendFailure.overloaded(
          "all " + threads + " threads are busy and " + QUEUE_CAPACITY + " jobs are waiting"));
    }
  }

  private JobResult run(Job job) {
    try {
      long digest = JobExecution.execute(job.input(), job.cost(), job.fault());
      served.incrementAndGet();
      return new JobResult(digest, Thread.currentThread().getName(), pid);
    } catch (RuntimeException | StackOverflowError e) {
      throw BackendFailure.jobFailed(e.toString());
    }
  }

  @Override
  public CompletableFuture<JsonObject> status() {
    return CompletableFuture.completedFuture(new JsonObject()
        .put("mode", mode().label())
        .put("pid", pid)
        .put("units", threads)
        .put("busy", pool.getActiveCount())
        .put("queued", pool.getQueue().size())
        .put("served", served.get())
        .put("workerRestarts", 0));
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
