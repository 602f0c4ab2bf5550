package dev.faultline.supervisor.pool;

import dev.faultline.config.Mode;
import dev.faultline.supervisor.backend.Backend;
import dev.faultline.supervisor.backend.BackendFailure;
import dev.faultline.supervisor.backend.Job;
import dev.faultline.supervisor.backend.JobResult;
import dev.faultline.supervisor.metrics.ServerMetrics;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Process mode: jobs go to worker JVMs over the chosen IPC transport. This class wires the parts
 * together (socket, launcher, pool loop), posts events to the pool, and guards its door: a halted
 * pool refuses at once (503 {@code pool_exhausted}), and a bulkhead (Resilience4j) bounds the
 * requests inside (in flight on workers plus waiting) so a full pool answers 503 {@code overloaded}
 * with Retry-After instead of queueing without end.
 */
public final class ProcessBackend implements Backend {
  private static final Logger LOG = LoggerFactory.getLogger("pool");

  private final PoolSettings settings;
  private final IpcServer ipc;
  private final WorkerPool pool;
  private final Thread loop;
  private final ExecutorService exitReader = ExitReading.ownThread();
  private final Bulkhead door;
  private final CompletableFuture<String> halted = new CompletableFuture<>();

  public ProcessBackend(PoolSettings settings, ServerMetrics metrics) {
    this.settings = settings;
    WorkerAdmission admission = new WorkerAdmission();
    this.ipc = IpcServer.of(settings.ipc(), settings.runDir(), admission);
    JvmWorkerLauncher launcher = new JvmWorkerLauncher(settings, ipc, admission, LOG::info);
    this.pool =
        new WorkerPool(
            settings, launcher, PoolClock.system(), halted::complete, metrics, exitReader);
    this.loop = new Thread(pool::run, "pool-loop");
    this.door =
        Bulkhead.of(
            "pool",
            BulkheadConfig.custom()
                .maxConcurrentCalls(capacity(settings))
                .maxWaitDuration(Duration.ZERO)
                .build());
  }

  /** Requests the pool holds at most: one per job thread of every worker, plus the queue bound. */
  static int capacity(PoolSettings s) {
    return s.workers() * s.supervision().threadsPerWorker() + s.supervision().queueBound();
  }

  @Override
  public Mode mode() {
    return Mode.PROCESS;
  }

  @Override
  public CompletableFuture<Void> start() {
    ipc.bind(pool::post);
    loop.start();
    int threads = settings.supervision().threadsPerWorker();
    int spares = settings.supervision().spares();
    LOG.info(
        "starting {} workers ({} MiB heap each, {} job thread{} each{}, IPC over {}) in {}",
        settings.workers(),
        settings.heapMb(),
        threads,
        threads == 1 ? "" : "s",
        spares > 0 ? ", then " + spares + " spares" : "",
        settings.ipc().label(),
        settings.runDir());
    return pool.allReady();
  }

  @Override
  public CompletableFuture<JobResult> submit(Job job) {
    String haltReason = pool.haltReason();
    if (haltReason != null) {
      return CompletableFuture.failedFuture(BackendFailure.poolExhausted(haltReason));
    }
    if (!door.tryAcquirePermission()) {
      return CompletableFuture.failedFuture(
          BackendFailure.overloaded(
              "all "
                  + capacity(settings)
                  + " places are taken (workers x threads-per-worker in flight, plus queue-bound "
                  + settings.supervision().queueBound()
                  + " waiting)"));
    }
    CompletableFuture<JobResult> reply = new CompletableFuture<>();
    reply.whenComplete((r, e) -> door.onComplete());
    pool.post(new PoolEvent.Submitted(job, reply));
    return reply;
  }

  @Override
  public CompletableFuture<JsonObject> status() {
    CompletableFuture<JsonObject> reply = new CompletableFuture<>();
    pool.post(new PoolEvent.StatusWanted(reply));
    return reply;
  }

  /**
   * Completes with the reason when the pool gives up (restart budget or boot retries exhausted).
   */
  public CompletableFuture<String> halted() {
    return halted;
  }

  @Override
  public void close() {
    CompletableFuture<Void> done = new CompletableFuture<>();
    pool.post(new PoolEvent.StopWanted(done));
    long limitMs = 3 * settings.supervision().timeouts().killGrace().toMillis() + 5_000;
    try {
      done.get(limitMs, TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      LOG.warn("the pool did not stop within {} ms: {}", limitMs, e.toString());
    }
    exitReader.shutdownNow();
    ipc.close();
  }
}
