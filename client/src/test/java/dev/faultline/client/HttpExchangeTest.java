package dev.faultline.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.config.Target;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.RequestOptions;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HttpExchangeTest {
  private static final long TIMEOUT_MS = 300;

  @Test
  void shouldArmNoTimerOnTheWaitForAPooledConnection() {
    RequestOptions options =
        HttpExchange.options(
            new Target("t", "127.0.0.1", 1), new PlannedRequest(0, 0, 7, 2, ""), TIMEOUT_MS, "");

    assertThat(options.getIdleTimeout()).isEqualTo(TIMEOUT_MS);
    assertThat(options.getTimeout()).isEqualTo(RequestOptions.DEFAULT_TIMEOUT);
    assertThat(options.getConnectTimeout()).isEqualTo(RequestOptions.DEFAULT_CONNECT_TIMEOUT);
  }

  @Test
  void shouldCountAnAnswerThatNeverComesAsATimeout() throws Exception {
    Vertx vertx = Vertx.vertx();
    // the kernel completes the handshake into the backlog; nobody ever reads or answers
    try (ServerSocket silent = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
      Context context = vertx.getOrCreateContext();
      HttpExchange http =
          new HttpExchange(
              vertx.createHttpClient(), TIMEOUT_MS, "", context, new ClientCost(System.nanoTime()));
      Target target = new Target("silent", "127.0.0.1", silent.getLocalPort());
      CompletableFuture<Outcome> outcome = new CompletableFuture<>();
      long start = System.nanoTime();

      context.runOnContext(
          v ->
              http.send(
                  target, new PlannedRequest(0, 0, 7, 2, ""), (o, at) -> outcome.complete(o)));

      assertThat(outcome.get(5, TimeUnit.SECONDS).errorClass()).isEqualTo(ErrorClass.TIMEOUT);
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
          .isGreaterThanOrEqualTo(TIMEOUT_MS);
    } finally {
      vertx.close().await();
    }
  }
}
