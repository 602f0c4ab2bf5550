package dev.faultline.client;

import java.util.Locale;

/**
 * The fixed taxonomy of failures, one word each, in the order reports list them. The finer error
 * code of a failure ({@code http_502_worker_crashed}) keeps the server's JSON error code; this
 * class is what timelines and tables count.
 */
public enum ErrorClass {
  CONNECT_REFUSED("connect_refused", "nothing listens on the port: the server is down"),
  CONNECTION_RESET(
      "connection_reset",
      "the peer reset the connection: its process died with the request in flight"),
  CONNECTION_CLOSED("connection_closed", "the connection closed before any answer"),
  TIMEOUT("timeout", "no connection or no answer within --timeout"),
  TRUNCATED(
      "truncated", "the answer began, then its connection ended before the body was complete"),
  HTTP_5XX(
      "http_5xx", "a server error; its JSON error code says which (worker_crashed, deadline, ...)"),
  HTTP_4XX("http_4xx", "a client error; its JSON error code says which"),
  WRONG_ANSWER("wrong_answer", "a 200 whose digest is not the one the client computed"),
  NOT_SENT(
      "not_sent", "the run ended before the client could send it (in-flight bound or closed loop)"),
  OTHER("other", "any other failure of the client; the error code names the exception");

  private final String label;
  private final String meaning;

  ErrorClass(String label, String meaning) {
    this.label = label;
    this.meaning = meaning;
  }

  /** The class of a fine error code: {@code http_503_pool_exhausted} is {@link #HTTP_5XX}. */
  static ErrorClass of(String code) {
    if (code.startsWith("http_5")) {
      return HTTP_5XX;
    }
    if (code.startsWith("http_4")) {
      return HTTP_4XX;
    }
    for (ErrorClass c : values()) {
      if (c.label.equals(code)) {
        return c;
      }
    }
    return OTHER;
  }

  /** The name used in JSON, CSV and tables. */
  public String label() {
    return label;
  }

  public String meaning() {
    return meaning;
  }

  @Override
  public String toString() {
    return label.toUpperCase(Locale.ROOT);
  }
}
