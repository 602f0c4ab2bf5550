package dev.faultline.lab.observe;

import io.vertx.core.Future;
import io.vertx.ext.web.client.WebClient;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The lab's one client of a server's {@code GET /status}: every harness command asks through it, on
 * the Vert.x web client it is given, and gets a {@link ServerStatus}.
 */
public final class StatusClient {
  private final WebClient web;
  private final String host;
  private final int port;

  public StatusClient(WebClient web, String host, int port) {
    this.web = web;
    this.host = host;
    this.port = port;
  }

  /** A server on this machine, which is where the lab starts its own. */
  public static StatusClient loopback(WebClient web, int port) {
    return new StatusClient(web, "127.0.0.1", port);
  }

  /**
   * Completes with the server's status, or fails: with a {@link TimeoutException} when it did not
   * answer within {@code timeoutMs}, with an {@link IllegalStateException} saying {@code HTTP 503}
   * (say) when it answered something else, or with the connection's own error.
   */
  public Future<ServerStatus> read(long timeoutMs) {
    return web.get(port, host, "/status")
        .timeout(timeoutMs)
        .send()
        .compose(
            r ->
                r.statusCode() == 200
                    ? Future.succeededFuture(new ServerStatus(r.bodyAsJsonObject()))
                    : Future.failedFuture(new IllegalStateException("HTTP " + r.statusCode())));
  }

  /**
   * The status now, waiting at most {@code timeout}; empty when the server is down, restarting or
   * did not answer 200 in time. Never call it on an event loop.
   */
  public Optional<ServerStatus> readNow(Duration timeout) {
    try {
      return Optional.of(
          read(timeout.toMillis())
              .toCompletionStage()
              .toCompletableFuture()
              .get(timeout.toMillis() + 1_000, TimeUnit.MILLISECONDS));
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
