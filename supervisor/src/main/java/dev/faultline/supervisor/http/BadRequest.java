package dev.faultline.supervisor.http;

import io.vertx.core.json.JsonObject;

/** A request the front refuses before any unit sees it: status, stable code, the parameter. */
final class BadRequest extends RuntimeException {
  final int status;
  final String code;
  final JsonObject details;

  BadRequest(int status, String code, String message, JsonObject details) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.details = details;
  }

  static BadRequest parameter(String name, String message) {
    return new BadRequest(400, "bad_parameter", message, new JsonObject().put("parameter", name));
  }
}
