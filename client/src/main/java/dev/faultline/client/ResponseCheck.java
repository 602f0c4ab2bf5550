package dev.faultline.client;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/**
 * Judges one answer, or the lack of one, in the fixed {@link ErrorClass} taxonomy. A 200 must carry
 * the digest the client computed itself; anything else is a failure.
 */
public final class ResponseCheck {
  private ResponseCheck() {}

  /**
   * The error code of an answer that need not carry a digest (a faulted request's): "" for a 200,
   * else {@code http_<status>_<error code>}.
   */
  public static String errorCode(int status, Buffer body) {
    return status == 200 ? "" : httpError(status, parse(body)).errorCode();
  }

  /** The error code of a request that got no answer: {@code connect_refused}, {@code timeout}... */
  public static String errorCode(Throwable failure) {
    return judge(failure).errorCode();
  }

  /**
   * A complete answer: its status and body. The common case, a 200 carrying exactly the field the
   * server writes ({@code "digest":"<hex>"}) with the expected value, is checked without building a
   * JSON tree; anything else is parsed in full.
   */
  static Outcome judge(PlannedRequest r, int status, Buffer body) {
    if (status == 200
        && body != null
        && body.toString(StandardCharsets.ISO_8859_1).contains(r.expectedField())) {
      return Outcome.OK;
    }
    JsonObject json = parse(body);
    if (status != 200) {
      return httpError(status, json);
    }
    if (json == null || !r.expectedDigest().equals(json.getValue("digest"))) {
      return Outcome.WRONG_ANSWER;
    }
    return Outcome.OK;
  }

  private static Outcome httpError(int status, JsonObject json) {
    String error = json == null ? null : json.getValue("error") instanceof String s ? s : null;
    String code =
        error == null || error.isBlank() ? "" : "_" + error.replaceAll("[^A-Za-z0-9_]", "_");
    return Outcome.failed("http_" + status + code);
  }

  /** No answer at all: the connection could not be made, or ended before any answer. */
  static Outcome judge(Throwable failure) {
    String text = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
    if (failure instanceof ConnectException || text.contains("connection refused")) {
      return Outcome.failed(ErrorClass.CONNECT_REFUSED);
    }
    if (failure instanceof TimeoutException
        || failure.getClass().getSimpleName().contains("Timeout")
        || text.contains("timeout period")
        || text.contains("timed out")) {
      return Outcome.failed(ErrorClass.TIMEOUT);
    }
    if (text.contains("reset")) {
      return Outcome.failed(ErrorClass.CONNECTION_RESET);
    }
    if (text.contains("closed") || failure.getClass().getSimpleName().contains("Closed")) {
      return Outcome.failed(ErrorClass.CONNECTION_CLOSED);
    }
    return Outcome.failed(failure.getClass().getSimpleName());
  }

  /**
   * The status line came, the body did not: a timeout stays a timeout, anything else is truncated.
   */
  static Outcome truncated(Throwable failure) {
    Outcome o = judge(failure);
    return o.errorClass() == ErrorClass.TIMEOUT ? o : Outcome.failed(ErrorClass.TRUNCATED);
  }

  private static JsonObject parse(Buffer body) {
    try {
      return body == null || body.length() == 0 ? null : body.toJsonObject();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
