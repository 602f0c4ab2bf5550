package dev.faultline.lab.matrix;

import dev.faultline.chaos.ChaosGuard;
import dev.faultline.client.ResponseCheck;
import io.vertx.ext.web.client.WebClient;
import java.util.concurrent.CompletableFuture;

/**
 * The single faulted request of a trial (its {@code /status} at the end of the window is read
 * through {@link dev.faultline.lab.observe.StatusClient}).
 */
final class Probes {
  private Probes() {}

  /**
   * Sends the faulted request; completes with what it got ("200" for a plain answer), never
   * exceptionally.
   */
  static CompletableFuture<String> inject(
      WebClient client, int port, String spec, String token, long timeoutMs) {
    CompletableFuture<String> got = new CompletableFuture<>();
    client
        .get(port, "127.0.0.1", "/work?input=1&cost=1&fault=" + spec)
        .putHeader(ChaosGuard.TOKEN_HEADER, token)
        .timeout(timeoutMs)
        .send()
        .onComplete(
            ar ->
                got.complete(
                    ar.succeeded()
                        ? (ar.result().statusCode() == 200
                            ? "200"
                            : ResponseCheck.errorCode(ar.result().statusCode(), ar.result().body()))
                        : ResponseCheck.errorCode(ar.cause())));
    return got;
  }
}
