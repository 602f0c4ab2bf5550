package dev.faultline.supervisor.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Every answer of the front is JSON (but the text scoreboard and the metrics); errors are {@code
 * {"error": code, "message": ..., ...}}.
 */
final class Json {
  private Json() {}

  static void send(RoutingContext ctx, int status, JsonObject body) {
    if (ctx.response().ended() || ctx.response().closed()) {
      return; // the client left; nothing to answer
    }
    ctx.response()
        .setStatusCode(status)
        .putHeader("content-type", "application/json")
        .end(body.encode());
  }

  /** The exceptions to JSON: the text scoreboard and the Prometheus scrape. */
  static void text(RoutingContext ctx, int status, String contentType, String body) {
    if (ctx.response().ended() || ctx.response().closed()) {
      return;
    }
    ctx.response().setStatusCode(status).putHeader("content-type", contentType).end(body);
  }

  static void error(
      RoutingContext ctx, int status, String code, String message, JsonObject details) {
    JsonObject body = new JsonObject().put("error", code).put("message", message);
    details.forEach(e -> body.put(e.getKey(), e.getValue()));
    send(ctx, status, body);
  }
}
