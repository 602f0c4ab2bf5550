package dev.faultline.lab.matrix;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.net.ConnectException;
import java.util.Locale;

/**
 * Names what became of one request in the load client's vocabulary: "" for a correct answer, {@code
 * wrong_answer}, {@code http_<status>_<error code>}, {@code connect_refused}, {@code timeout},
 * {@code connection_closed}, else the exception's simple name.
 */
final class Answers {
  private Answers() {}

  /**
   * @param expectedDigest null when any 200 will do (the faulted request)
   */
  static String judge(HttpResponse<Buffer> response, String expectedDigest) {
    JsonObject body = parse(response.body());
    if (response.statusCode() != 200) {
      String error = body == null ? "" : body.getString("error", "");
      return "http_" + response.statusCode() + (error.isEmpty() ? "" : "_" + error);
    }
    if (expectedDigest == null) {
      return "";
    }
    return body != null && expectedDigest.equals(body.getString("digest"))
        ? ""
        : Sample.WRONG_ANSWER;
  }

  static String judge(Throwable failure) {
    if (failure instanceof ConnectException) {
      return "connect_refused";
    }
    String type = failure.getClass().getSimpleName();
    String text = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
    if (type.contains("Timeout") || text.contains("timeout") || text.contains("timed out")) {
      return "timeout";
    }
    if (text.contains("closed") || text.contains("reset")) {
      return "connection_closed";
    }
    return type;
  }

  private static JsonObject parse(Buffer body) {
    try {
      return body == null ? null : body.toJsonObject();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
