package dev.faultline.client;

import dev.faultline.chaos.ChaosGuard;
import dev.faultline.config.Target;
import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.RequestOptions;

/**
 * One request and its answer over the run's Vert.x HTTP client (HTTP/1.1, keep-alive, no
 * pipelining): sends {@code GET /work...}, reads the whole body and judges it. A failure before the
 * status line and one after it are told apart: the latter is a truncated answer. A 200 that comes
 * before {@link ExpectedDigests} has its digest is judged once it has, on the run's context, with
 * the time it arrived: the event loop never computes a digest.
 */
final class HttpExchange implements Sender {
  private final HttpClient client;
  private final long timeoutMs;
  private final String chaosToken;
  private final Context context;
  private final ClientCost cost;

  HttpExchange(
      HttpClient client, long timeoutMs, String chaosToken, Context context, ClientCost cost) {
    this.client = client;
    this.timeoutMs = timeoutMs;
    this.chaosToken = chaosToken;
    this.context = context;
    this.cost = cost;
  }

  @Override
  public void send(Target target, PlannedRequest r, Answered answered) {
    client
        .request(options(target, r, timeoutMs, chaosToken))
        .compose(HttpClientRequest::send)
        .onComplete(
            sent -> {
              if (sent.failed()) {
                answered.accept(ResponseCheck.judge(sent.cause()), System.nanoTime());
              } else {
                read(r, sent.result(), answered);
              }
            });
  }

  /**
   * The request, with {@code --timeout} as its idle timeout: no answer (no byte) for that long
   * fails it as a timeout. Not {@code setTimeout}, which also arms a timer on the wait for a pooled
   * connection: in Vert.x 5.0.x (checked up to 5.0.9) that timer can fire as the pool hands over a
   * recycled connection and fail a promise already completed, an unhandled stack trace on the
   * console (eclipse-vertx/vert.x#6169, fixed in 5.1 by #6170, backported to 5.0 by #6211 after
   * 5.0.9). That wait needs no timer of its own: a target never has more requests in flight than
   * the pool has connections, and the TCP connect is bounded by the client's connect timeout.
   */
  static RequestOptions options(Target target, PlannedRequest r, long timeoutMs, String token) {
    RequestOptions options =
        new RequestOptions()
            .setHost(target.host())
            .setPort(target.port())
            .setURI(r.uri())
            .setIdleTimeout(timeoutMs);
    if (r.poisoned()) {
      options.putHeader(ChaosGuard.TOKEN_HEADER, token);
    }
    return options;
  }

  private void read(PlannedRequest r, HttpClientResponse response, Answered answered) {
    response
        .body()
        .onComplete(
            body -> {
              long at = System.nanoTime();
              if (body.failed()) {
                answered.accept(ResponseCheck.truncated(body.cause()), at);
              } else {
                judge(r, response.statusCode(), body.result(), at, answered);
              }
            });
  }

  private void judge(PlannedRequest r, int status, Buffer body, long at, Answered answered) {
    if (status != 200 || r.expected().isDone()) {
      answered.accept(ResponseCheck.judge(r, status, body), at);
      return;
    }
    cost.waitedForDigest(at);
    r.expected()
        .thenRun(
            () ->
                context.runOnContext(
                    v -> answered.accept(ResponseCheck.judge(r, status, body), at)));
  }
}
