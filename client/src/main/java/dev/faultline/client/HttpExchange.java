package dev.faultline.client;

import dev.faultline.chaos.ChaosGuard;
import dev.faultline.config.Target;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.RequestOptions;
import java.util.function.Consumer;

/**
 * One request and its answer over the run's Vert.x HTTP client (HTTP/1.1, keep-alive, no
 * pipelining): sends {@code GET /work...}, reads the whole body and judges it. A failure before the
 * status line and one after it are told apart: the latter is a truncated answer.
 */
final class HttpExchange implements Sender {
  private final HttpClient client;
  private final long timeoutMs;
  private final String chaosToken;

  HttpExchange(HttpClient client, long timeoutMs, String chaosToken) {
    this.client = client;
    this.timeoutMs = timeoutMs;
    this.chaosToken = chaosToken;
  }

  @Override
  public void send(Target target, PlannedRequest r, Consumer<Outcome> answered) {
    RequestOptions options =
        new RequestOptions()
            .setHost(target.host())
            .setPort(target.port())
            .setURI(r.uri())
            .setTimeout(timeoutMs);
    if (r.poisoned()) {
      options.putHeader(ChaosGuard.TOKEN_HEADER, chaosToken);
    }
    client
        .request(options)
        .compose(HttpClientRequest::send)
        .onComplete(
            sent -> {
              if (sent.failed()) {
                answered.accept(ResponseCheck.judge(sent.cause()));
              } else {
                read(r, sent.result(), answered);
              }
            });
  }

  private static void read(
      PlannedRequest r, HttpClientResponse response, Consumer<Outcome> answered) {
    response
        .body()
        .onComplete(
            body ->
                answered.accept(
                    body.succeeded()
                        ? ResponseCheck.judge(r, response.statusCode(), body.result())
                        : ResponseCheck.truncated(body.cause())));
  }
}
