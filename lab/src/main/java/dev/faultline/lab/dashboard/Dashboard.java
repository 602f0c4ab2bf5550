package dev.faultline.lab.dashboard;

import dev.faultline.client.LoadReport;
import dev.faultline.client.LoadRun;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The live dashboard: a page on a loopback port that shows the targets side by side (charts,
 * scoreboards, crash events) and, given the chaos token, injects faults into all of them at once
 * and starts and stops load. Used by {@code faultline dashboard} and {@code faultline demo
 * --dashboard}.
 */
public final class Dashboard implements AutoCloseable {
  private static final long START_SECONDS = 30;

  private final Vertx vertx;
  private final DashboardServer server;
  private final String deployment;

  private Dashboard(Vertx vertx, DashboardServer server, String deployment) {
    this.vertx = vertx;
    this.server = server;
    this.deployment = deployment;
  }

  /** Listens and starts watching the targets; returns once the page can be loaded. */
  public static Dashboard start(Vertx vertx, DashboardSettings settings) throws Exception {
    DashboardServer server = new DashboardServer(settings);
    String id =
        vertx
            .deployVerticle(server)
            .toCompletionStage()
            .toCompletableFuture()
            .get(START_SECONDS, TimeUnit.SECONDS);
    return new Dashboard(vertx, server, id);
  }

  /** {@code http://127.0.0.1:PORT/} */
  public String url() {
    return "http://127.0.0.1:" + server.port() + "/";
  }

  /** Starts a load run whose seconds feed the charts and which the page's stop button ends. */
  public CompletableFuture<LoadReport> drive(LoadRun run) {
    return server.load().drive(run);
  }

  @Override
  public void close() throws Exception {
    vertx.undeploy(deployment).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }
}
