package dev.faultline.client;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.net.ConnectException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/** Judges one answer: a 200 must carry the digest the client computed itself. */
final class ResponseCheck {
  private ResponseCheck() {}

  static Outcome judge(PlannedRequest r, HttpResponse<Buffer> response) {
    JsonObject body = parse(response.body());
    if (response.statusCode() != 200) {
      String error = body == null ? null : body.getString("error");
      String code = error == null || error.isEmpty() ? "" : "_" + error;
      return Outcome.failed("http_" + response.statusCode() + code);
    }
    if (body == null || !r.expectedDigest().equals(body.getString("digest"))) {
      return Outcome.WRONG_ANSWER;
    }
    return Outcome.OK;
  }

  static Outcome judge(Throwable failure) {
    if (failure instanceof ConnectException) {
      return Outcome.failed("connect_refused");
    }
    if (failure instanceof TimeoutException || failure.getClass().getSimpleName().contains("Timeout")) {
      return Outcome.failed("timeout");
    }
    String text = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
    if (text.contains("closed") || text.contains("reset")) {
      return Outcome.failed("connection_closed");
    }
    return Outcome.failed(failure.getClass().getSimpleName());
  }

  private static JsonObject parse(Buffer body) {
    try {
      return body == null ? null : body.toJsonObject();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
