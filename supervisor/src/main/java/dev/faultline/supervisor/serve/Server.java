package dev.faultline.supervisor.serve;

import dev.faultline.chaos.ChaosGuard;
import dev.faultline.config.Mode;
import dev.faultline.config.ServerSettings;
import dev.faultline.supervisor.backend.Backend;
import dev.faultline.supervisor.backend.ThreadBackend;
import dev.faultline.supervisor.http.HttpFront;
import dev.faultline.supervisor.pool.PoolSettings;
import dev.faultline.supervisor.pool.ProcessBackend;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import java.nio.file.Files;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running server: a backend of the chosen mode behind the HTTP front. Starts the units
 * first, listens only once they are all ready, and stops on SIGTERM or Ctrl-C.
 */
public final class Server {
  private static final Logger LOG = LoggerFactory.getLogger("server");
  /** How long the units may take to become ready. */
  private static final long START_TIMEOUT_SECONDS = 60;
  /** The server's line that says it is up: tools may wait for it. */
  public static final String LISTENING = "listening on http://";
  /** The server's line that says its shutdown hook runs: it is on its way out. */
  public static final String STOPPING = "stopping";
  /** The port was taken or the address is not ours. */
  public static final int EXIT_CANNOT_LISTEN = 1;

  private final ServerSettings settings;
  private final CountDownLatch stopped = new CountDownLatch(1);

  public Server(ServerSettings settings) {
    this.settings = settings;
  }

  public int runUntilStopped() throws Exception {
    Files.createDirectories(settings.runDir());
    warnIfHeapIsNotTheBudget();
    Backend backend = createBackend();
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(vertx, backend), "shutdown"));
    backend.start().get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    HttpServer http;
    try {
      http = new HttpFront(vertx, backend, new ChaosGuard(settings.chaosToken()))
          .listen(settings.host(), settings.port())
          .toCompletionStage().toCompletableFuture().get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      LOG.error("cannot listen on {}:{}: {}", settings.host(), settings.port(), e.getCause().getMessage());
      return EXIT_CANNOT_LISTEN;
    }
    LOG.info("{} mode {}{}:{} (pid {}, {} {}, chaos {})", settings.mode().label(), LISTENING, settings.host(),
        http.actualPort(), ProcessHandle.current().pid(), settings.units(),
        settings.mode() == Mode.THREAD ? "threads" : "workers", settings.chaosEnabled() ? "on" : "off");
    stopped.await();
    return 0;
  }

  private Backend createBackend() {
    if (settings.mode() == Mode.THREAD) {
      return new ThreadBackend(settings.units());
    }
    return new ProcessBackend(new PoolSettings(settings.units(), 1, settings.unitHeapMb(), settings.runDir()));
  }

  private void stop(Vertx vertx, Backend backend) {
    LOG.info(STOPPING);
    try {
      vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.warn("the HTTP front did not close within 5 s: {}", e.toString());
    }
    backend.close();
    stopped.countDown();
  }

  private void warnIfHeapIsNotTheBudget() {
    long maxMb = Runtime.getRuntime().maxMemory() >> 20;
    if (settings.mode() == Mode.THREAD && Math.abs(maxMb - settings.heapBudgetMb()) > settings.heapBudgetMb() / 10) {
      LOG.warn("this JVM's max heap is {} MiB but the fair budget is {} MiB ({} threads x {} MiB): "
          + "run it with JAVA_OPTS=-Xmx{}m for a fair OOM comparison (the demo does this for you)",
          maxMb, settings.heapBudgetMb(), settings.units(), settings.unitHeapMb(), settings.heapBudgetMb());
    }
  }
}
