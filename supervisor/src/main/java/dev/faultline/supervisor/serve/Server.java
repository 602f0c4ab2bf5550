package dev.faultline.supervisor.serve;

import dev.faultline.chaos.ChaosGuard;
import dev.faultline.config.ExitCodes;
import dev.faultline.config.IpcTransport;
import dev.faultline.config.Mode;
import dev.faultline.config.ServerSettings;
import dev.faultline.config.Supervision;
import dev.faultline.supervisor.backend.Backend;
import dev.faultline.supervisor.backend.DrainGate;
import dev.faultline.supervisor.backend.ThreadBackend;
import dev.faultline.supervisor.http.HttpFront;
import dev.faultline.supervisor.launch.ArchiveTraining;
import dev.faultline.supervisor.launch.StartupArchive;
import dev.faultline.supervisor.metrics.ServerMetrics;
import dev.faultline.supervisor.pool.PoolSettings;
import dev.faultline.supervisor.pool.ProcessBackend;
import dev.faultline.worker.WorkerMain;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running server: a backend of the chosen mode behind the HTTP front. Starts the units first,
 * listens only once they are all ready, and on SIGTERM (or Ctrl-C) stops gracefully: refuses new
 * requests, lets the ones in flight finish within the shutdown grace, stops the workers politely
 * then forcefully, and exits 0.
 */
public final class Server {
  private static final Logger LOG = LoggerFactory.getLogger("server");

  /** How long the units may take to become ready. */
  private static final long START_TIMEOUT_SECONDS = 60;

  /** The server's line that says it is up: tools may wait for it. */
  public static final String LISTENING = "listening on http://";

  /** The server's line that says its shutdown hook runs: it is on its way out. */
  public static final String STOPPING = "stopping";

  private final ServerSettings settings;
  private final Supervision supervision;
  private final String testHook;
  private final RunDirectory runDir;
  private final IpcTransport ipc;
  private final BackendFactory otherModes;
  private final CompletableFuture<String> stopWanted = new CompletableFuture<>();
  private final AtomicBoolean runDirTold = new AtomicBoolean();

  public Server(ServerSettings settings) {
    this(
        settings,
        Supervision.defaults(),
        null,
        RunDirectory.given(settings.runDir()),
        IpcTransport.UDS,
        BackendFactory.NONE);
  }

  /**
   * @param testHook null, or the hidden {@code --test-hook} spec for worker JVMs (tests only)
   * @param runDir the directory of {@code settings.runDir()}, cleaned up on exit
   * @param ipc the worker transport in process mode ({@code --ipc})
   * @param otherModes builds the backend of any mode but thread and process (cluster)
   */
  public Server(
      ServerSettings settings,
      Supervision supervision,
      String testHook,
      RunDirectory runDir,
      IpcTransport ipc,
      BackendFactory otherModes) {
    this.settings = settings;
    this.otherModes = otherModes;
    this.ipc = ipc;
    this.supervision = supervision;
    this.testHook = testHook;
    this.runDir = runDir;
  }

  public int runUntilStopped() throws Exception {
    try {
      return serveUntilStopped();
    } finally {
      tellRunDir();
    }
  }

  private int serveUntilStopped() throws Exception {
    warnIfHeapIsNotTheBudget();
    ServerMetrics metrics = new ServerMetrics(settings.mode());
    Backend backend = createBackend(metrics);
    DrainGate gate = new DrainGate(backend);
    Vertx vertx = vertx(metrics);
    Shutdown shutdown = new Shutdown(gate, vertx, supervision.shutdownGrace());
    StopSignals.onTermOrInt(stopWanted::complete);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  shutdown.runWithoutDrain("JVM exit");
                  tellRunDir();
                },
                "shutdown"));
    try {
      backend.start().get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      LOG.error(
          "the {} never all became ready: {}", settings.mode().units(), e.getCause().getMessage());
      shutdown.runWithoutDrain("start failed");
      return ExitCodes.POOL_EXHAUSTED;
    }
    HttpServer http = listen(vertx, gate, metrics);
    if (http == null) {
      return ExitCodes.CANNOT_LISTEN;
    }
    shutdown.frontIs(http);
    haltedPool(backend).thenAccept(reason -> stopWanted.complete("the worker pool halted"));
    String why = stopWanted.get();
    shutdown.run(why);
    return haltedPool(backend).isDone() ? ExitCodes.POOL_EXHAUSTED : ExitCodes.OK;
  }

  /** One event loop; Vert.x's own HTTP server meters go to the server's registry. */
  private static Vertx vertx(ServerMetrics metrics) {
    return Vertx.builder()
        .with(
            new VertxOptions()
                .setEventLoopPoolSize(1)
                .setMetricsOptions(new MicrometerMetricsOptions().setEnabled(true)))
        .withMetrics(new MicrometerMetricsFactory(metrics.registry()))
        .build();
  }

  private HttpServer listen(Vertx vertx, Backend backend, ServerMetrics metrics) throws Exception {
    HttpServer http;
    try {
      http =
          new HttpFront(vertx, backend, new ChaosGuard(settings.chaosToken()), metrics)
              .listen(settings.host(), settings.port())
              .toCompletionStage()
              .toCompletableFuture()
              .get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      LOG.error(
          "cannot listen on {}:{}: {}{}",
          settings.host(),
          settings.port(),
          e.getCause().getMessage(),
          String.valueOf(e.getCause().getMessage()).contains("in use")
              ? " (another process has that port: choose another --port, or 0 for any free one)"
              : "");
      return null;
    }
    LOG.info(
        "{} mode {}{}:{} (pid {}, {} {}, chaos {})",
        settings.mode().label(),
        LISTENING,
        settings.host(),
        http.actualPort(),
        ProcessHandle.current().pid(),
        settings.units(),
        settings.mode().units(),
        settings.chaosEnabled() ? "on" : "off");
    return http;
  }

  /** Once, on the way out: remove the run directory, or say where its crash reports stay. */
  private void tellRunDir() {
    if (runDirTold.compareAndSet(false, true)) {
      Path kept = runDir.removeUnlessCrashReports();
      if (kept != null) {
        LOG.info("crash reports are kept in {}", kept);
      }
    }
  }

  /** Completes when the pool halted and the server should exit for it; never in thread mode. */
  private CompletableFuture<String> haltedPool(Backend backend) {
    if (backend instanceof ProcessBackend p && supervision.restart().exitOnExhaustion()) {
      return p.halted();
    }
    return new CompletableFuture<>();
  }

  private Backend createBackend(ServerMetrics metrics) {
    if (settings.mode() == Mode.THREAD) {
      return new ThreadBackend(settings.units(), metrics);
    }
    if (settings.mode() != Mode.PROCESS) {
      return otherModes.create(settings, supervision, metrics);
    }
    StartupArchive.forThisJvm()
        .ifPresent(
            archive ->
                new ArchiveTraining(
                        archive,
                        settings.unitHeapMb(),
                        settings.runDir(),
                        WorkerMain.class.getName())
                    .ensure(LOG::info));
    return new ProcessBackend(
        new PoolSettings(
            settings.units(), settings.unitHeapMb(), settings.runDir(), supervision, testHook, ipc),
        metrics);
  }

  private void warnIfHeapIsNotTheBudget() {
    long maxMb = Runtime.getRuntime().maxMemory() >> 20;
    if (settings.mode() == Mode.THREAD
        && Math.abs(maxMb - settings.heapBudgetMb()) > settings.heapBudgetMb() / 10) {
      LOG.warn(
          "this JVM's max heap is {} MiB but the fair budget is {} MiB ({} threads x {} MiB): "
              + "run it with JAVA_OPTS=-Xmx{}m for a fair OOM comparison (the demo does this for you)",
          maxMb,
          settings.heapBudgetMb(),
          settings.units(),
          settings.unitHeapMb(),
          settings.heapBudgetMb());
    }
  }
}
