package dev.faultline.cluster;

import dev.faultline.config.ExitCodes;
import dev.faultline.worker.JobExecution;
import dev.faultline.worker.ResultCache;
import dev.faultline.worker.WorkerMain;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A node's work: jobs from its own event-bus address run on the node's own thread pool, faults
 * included, through the same {@link JobExecution} as a worker's, and the answer goes back as the
 * reply. A fault that kills a JVM kills this node and nothing else. A node that finds its result
 * cache corrupted halts before it answers anything more, as a worker does.
 */
final class NodeService {
  /** Jobs that may wait for a free thread before the node refuses one (503 to the front). */
  static final int QUEUE_CAPACITY = 1024;

  private final int slot;
  private final long pid = ProcessHandle.current().pid();
  private final ThreadPoolExecutor pool;
  private final JobExecution execution;

  NodeService(int slot, int threads) {
    this.slot = slot;
    this.execution = new JobExecution(new ResultCache(), this::haltBecauseStateIsCorrupt);
    AtomicInteger n = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(QUEUE_CAPACITY),
            r -> new Thread(r, "node-" + slot + "/thread-" + n.incrementAndGet()));
    pool.prestartAllCoreThreads();
  }

  void handle(Message<JsonObject> m) {
    try {
      pool.execute(() -> run(m));
    } catch (RejectedExecutionException e) {
      m.fail(503, "node " + slot + ": all threads busy and " + QUEUE_CAPACITY + " jobs waiting");
    }
  }

  private void run(Message<JsonObject> m) {
    JsonObject job = m.body();
    try {
      long digest =
          execution.execute(job.getLong("input"), job.getInteger("cost"), job.getString("fault"));
      m.reply(NodeProtocol.result(digest, Thread.currentThread().getName(), pid));
    } catch (RuntimeException | StackOverflowError e) {
      m.fail(500, e.toString());
    }
  }

  private void haltBecauseStateIsCorrupt() {
    System.err.println(
        "node "
            + slot
            + ": "
            + WorkerMain.STATE_CORRUPTED
            + " after a job; exiting with status "
            + ExitCodes.STATE_CORRUPTED
            + " so that a fresh node replaces it");
    System.err.flush();
    Runtime.getRuntime().halt(ExitCodes.STATE_CORRUPTED);
  }

  void close() {
    pool.shutdownNow();
  }
}
