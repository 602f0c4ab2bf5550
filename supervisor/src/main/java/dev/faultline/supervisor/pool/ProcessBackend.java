package dev.faultline.supervisor.pool;

import dev.faultline.config.Mode;
import dev.faultline.supervisor.backend.Backend;
import dev.faultline.supervisor.backend.Job;
import dev.faultline.supervisor.backend.JobResult;
import dev.faultline.supervisor.death.DeathClassifier;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Process mode: jobs go to worker JVMs over a Unix domain socket. This class only wires the
 * parts together (socket, launcher, classifier, pool loop) and posts events to the pool.
 */
public final class ProcessBackend implements Backend {
  private static final Logger LOG = LoggerFactory.getLogger("pool");
  private static final String SOCKET_NAME = "ipc.sock";

  private final PoolSettings settings;
  private final IpcServer ipc;
  private final WorkerPool pool;
  private final Thread loop;

  public ProcessBackend(PoolSettings settings) {
    this.settings = settings;
    this.ipc = new IpcServer(settings.runDir().resolve(SOCKET_NAME));
    WorkerLauncher launcher = new WorkerLauncher(settings.runDir(), ipc.socket(), settings.heapMb(),
        settings.jobsPerWorker(), LOG::info);
    this.pool = new WorkerPool(settings, launcher, new DeathClassifier(settings.runDir()));
    this.loop = new Thread(pool::run, "pool-loop");
  }

  @Override
  public Mode mode() {
    return Mode.PROCESS;
  }

  @Override
  public CompletableFuture<Void> start() {
    ipc.bind(pool::post);
    loop.start();
    LOG.info("starting {} workers ({} MiB heap each) in {}", settings.workers(), settings.heapMb(), settings.runDir());
    return pool.allReady();
  }

  @Override
  public CompletableFuture<JobResult> submit(Job job) {
    CompletableFuture<JobResult> reply = new CompletableFuture<>();
    pool.post(new PoolEvent.Submitted(job, reply));
    return reply;
  }

  @Override
  public CompletableFuture<JsonObject> status() {
    CompletableFuture<JsonObject> reply = new CompletableFuture<>();
    pool.post(new PoolEvent.StatusWanted(reply));
    return reply;
  }

  @Override
  public void close() {
    CompletableFuture<Void> done = new CompletableFuture<>();
    pool.post(new PoolEvent.StopWanted(done));
    try {
      done.get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.warn("the pool did not stop within 10 s: {}", e.toString());
    }
    ipc.close();
  }
}
