package dev.faultline.supervisor.http;

import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything a client may send the front, bounded (as nginx and Envoy document theirs): over a
 * limit it gets a clean 4xx JSON answer and its connection is closed, or, for one connection too
 * many, the connection is closed at once. Nothing a client sends can hold a thread: the front has
 * one event loop and never waits on a client.
 */
public final class HttpLimits {
  /** Longest request line ({@code GET /work?... HTTP/1.1}); longer: 414. */
  static final int MAX_REQUEST_LINE_BYTES = 4096;

  /** All header lines together; more: 431. */
  static final int MAX_HEADER_BYTES = 8192;

  /** A request body (no endpoint reads one); larger: 413. */
  static final long MAX_BODY_BYTES = 64 * 1024;

  /** Open client connections at once; one more is closed at once. */
  static final int MAX_CONNECTIONS = 1024;

  /**
   * A connection without a byte in either direction this long is closed (slow or silent clients).
   * Longer than the default request deadline, so a request still running is never cut off.
   */
  public static final int IDLE_TIMEOUT_SECONDS = 30;

  private static final Logger LOG = LoggerFactory.getLogger("http");
  private static final long LOG_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);

  private HttpLimits() {}

  static HttpServerOptions options(String host, int port) {
    return new HttpServerOptions()
        .setHost(host)
        .setPort(port)
        .setMaxInitialLineLength(MAX_REQUEST_LINE_BYTES)
        .setMaxHeaderSize(MAX_HEADER_BYTES)
        .setIdleTimeout(IDLE_TIMEOUT_SECONDS)
        .setIdleTimeoutUnit(TimeUnit.SECONDS);
  }

  /** Closes every connection beyond {@link #MAX_CONNECTIONS}, and says so at most once a second. */
  static Handler<HttpConnection> connectionLimit() {
    AtomicInteger open = new AtomicInteger();
    AtomicLong lastLog = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);
    return conn -> {
      conn.closeHandler(v -> open.decrementAndGet());
      if (open.incrementAndGet() > MAX_CONNECTIONS) {
        long now = System.nanoTime();
        long last = lastLog.get();
        if (now - last >= LOG_EVERY_NANOS && lastLog.compareAndSet(last, now)) {
          LOG.warn(
              "closing a connection from {}: {} open, the limit is {}",
              conn.remoteAddress(),
              open.get(),
              MAX_CONNECTIONS);
        }
        conn.close();
      }
    };
  }

  /**
   * No endpoint reads a body, so a chunked one (whose size nobody can know up front, and which
   * could hold the connection as long as the client likes) is refused at once with 411, before a
   * byte of it is read.
   */
  static void refuseChunkedBody(RoutingContext ctx) {
    if (ctx.request().headers().contains("transfer-encoding")) {
      closeAfter(
          ctx.request(),
          411,
          "length_required",
          "a chunked body is not accepted; send Content-Length (at most "
              + MAX_BODY_BYTES
              + " bytes, and no endpoint reads it)");
    } else {
      ctx.next();
    }
  }

  /**
   * A request whose stream broke while it was read (a bad chunk, a missing Host header): 400 and
   * close. A failure after the request was read is the server's own: 500.
   */
  static void requestFailed(RoutingContext ctx) {
    if (ctx.request().isEnded() && ctx.statusCode() != 400) {
      Json.error(ctx, 500, "internal_error", String.valueOf(ctx.failure()), new JsonObject());
    } else {
      closeAfter(
          ctx.request(),
          400,
          "bad_request",
          "malformed HTTP request: "
              + (ctx.failure() != null ? ctx.failure().getMessage() : "rejected by the router"));
    }
  }

  /**
   * A request the HTTP decoder could not read (broken request line, headers too long, bad chunk): a
   * JSON 4xx naming the limit, then the connection is closed (its byte stream can no longer be
   * trusted).
   */
  static void invalidRequest(HttpServerRequest request) {
    Throwable cause = request.decoderResult().cause();
    boolean line = cause instanceof TooLongHttpLineException;
    boolean tooLong = line || cause instanceof TooLongHttpHeaderException;
    int status = !tooLong ? 400 : line ? 414 : 431;
    String message =
        !tooLong
            ? "malformed HTTP request: " + cause
            : line
                ? "request line longer than " + MAX_REQUEST_LINE_BYTES + " bytes"
                : "headers longer than " + MAX_HEADER_BYTES + " bytes in all";
    closeAfter(request, status, status == 400 ? "bad_request" : "too_large", message);
  }

  private static void closeAfter(HttpServerRequest request, int status, String code, String text) {
    if (request.response().ended() || request.response().closed()) {
      return;
    }
    request
        .response()
        .setStatusCode(status)
        .putHeader("content-type", "application/json")
        .putHeader("connection", "close")
        .end(new JsonObject().put("error", code).put("message", text).encode())
        .onComplete(v -> request.connection().close());
  }
}
