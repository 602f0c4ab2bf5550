package dev.faultline.supervisor.backend;

import dev.faultline.config.Mode;
import dev.faultline.supervisor.metrics.ServerMetrics;
import dev.faultline.worker.JobExecution;
import dev.faultline.worker.ResultCache;
import dev.faultline.worker.WorkerMain;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thread mode: a bounded pool of N threads in this JVM runs the workload, faults included. The
 * hazard is the point: every thread shares this JVM's address space, heap, file table, result cache
 * and exit, so a fatal fault in one job takes the front, the pool and every other request with it.
 * When the shared cache fails its integrity check there is no unit smaller than the server to throw
 * away: it logs once, counts it in /status and keeps serving.
 */
public final class ThreadBackend implements Backend {
  /** Jobs that may wait for a free thread before the front answers 503. */
  public static final int QUEUE_CAPACITY = 1024;

  private static final Logger LOG = LoggerFactory.getLogger("threads");

  private final int threads;
  private final ThreadPoolExecutor pool;
  private final JobExecution execution;
  private final AtomicLong served = new AtomicLong();
  private final AtomicLong stateCorruptions = new AtomicLong();

  /** Every pool thread by name, in creation order. */
  private final Map<String, ThreadUnit> units =
      new ConcurrentSkipListMap<>(ThreadBackend::byNumber);

  private final long pid = ProcessHandle.current().pid();

  public ThreadBackend(int threads, ServerMetrics metrics) {
    this.threads = threads;
    this.execution = new JobExecution(new ResultCache(), this::onCorruptState);
    AtomicInteger n = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(QUEUE_CAPACITY),
            r -> newThread(r, "thread-" + n.incrementAndGet()));
    pool.prestartAllCoreThreads();
    metrics.watchUnits(threads, () -> threads, () -> pool.getQueue().size());
  }

  private Thread newThread(Runnable r, String name) {
    units.put(name, new ThreadUnit(name));
    return new Thread(r, name);
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
      return CompletableFuture.failedFuture(
          BackendFailure.overloaded(
              "all " + threads + " threads are busy and " + QUEUE_CAPACITY + " jobs are waiting"));
    }
  }

  private JobResult run(Job job) {
    ThreadUnit unit = units.get(Thread.currentThread().getName());
    unit.began(job);
    boolean answered = false;
    try {
      long digest = execution.execute(job.input(), job.cost(), job.fault());
      served.incrementAndGet();
      answered = true;
      return new JobResult(digest, unit.name, pid);
    } catch (RuntimeException | StackOverflowError e) {
      throw BackendFailure.jobFailed(e.toString());
    } finally {
      unit.ended(answered);
    }
  }

  private void onCorruptState() {
    if (stateCorruptions.getAndIncrement() == 0) {
      LOG.warn(
          "{} on {}: thread mode has no unit smaller than this server to discard, so it keeps serving "
              + "from the damaged cache (counted as stateCorruptions in /status)",
          WorkerMain.STATE_CORRUPTED,
          Thread.currentThread().getName());
    }
  }

  /** Reads /proc for the server's memory: off the caller's thread, which may be an event loop. */
  @Override
  public CompletableFuture<JsonObject> status() {
    return CompletableFuture.supplyAsync(this::statusNow, ForkJoinPool.commonPool());
  }

  private JsonObject statusNow() {
    long now = System.nanoTime();
    List<UnitStatus> board = units.values().stream().map(u -> u.status(pid, now)).toList();
    return Scoreboard.server(mode().label(), "serving")
        .put("units", threads)
        .put("ready", threads)
        .put("busy", pool.getActiveCount())
        .put("queued", pool.getQueue().size())
        .put("served", served.get())
        .put("workerRestarts", 0)
        .put("stateCorruptions", stateCorruptions.get())
        .put("threads", threadStatus(now))
        .put("scoreboard", Scoreboard.of(board));
  }

  /** {@code [{"name": "thread-1", "state": "busy", "busyMs": 12, "served": 40}, ...]} */
  private JsonArray threadStatus(long now) {
    JsonArray out = new JsonArray();
    units.forEach(
        (name, u) ->
            out.add(
                new JsonObject()
                    .put("name", name)
                    .put("state", u.busy() ? "busy" : "idle")
                    .put("busyMs", u.busyMillis(now))
                    .put("served", u.served())));
    return out;
  }

  private static int byNumber(String a, String b) {
    return Integer.compare(
        Integer.parseInt(a.substring(a.indexOf('-') + 1)),
        Integer.parseInt(b.substring(b.indexOf('-') + 1)));
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
