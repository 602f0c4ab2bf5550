package dev.faultline.client;

/**
 * What became of one request at one target. {@code errorCode} names a failure finely: {@code
 * http_<status>_<error code>}, {@code connect_refused}, {@code connection_reset}, {@code
 * connection_closed}, {@code timeout}, {@code truncated}, {@code wrong_answer}, {@code not_sent},
 * or the exception's name; {@link #errorClass()} is its class in the fixed taxonomy.
 */
record Outcome(boolean correct, String errorCode) {
  static final Outcome OK = new Outcome(true, "");
  static final Outcome WRONG_ANSWER = failed(ErrorClass.WRONG_ANSWER.label());
  static final Outcome NOT_SENT = failed(ErrorClass.NOT_SENT.label());

  static Outcome failed(String errorCode) {
    return new Outcome(false, errorCode);
  }

  static Outcome failed(ErrorClass errorClass) {
    return failed(errorClass.label());
  }

  boolean wrongAnswer() {
    return errorClass() == ErrorClass.WRONG_ANSWER;
  }

  /** Null for a correct answer. */
  ErrorClass errorClass() {
    return correct ? null : ErrorClass.of(errorCode);
  }
}
