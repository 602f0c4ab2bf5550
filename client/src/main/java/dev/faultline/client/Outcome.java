package dev.faultline.client;

/**
 * What became of one request at one target. {@code errorClass} names failures in a fixed
 * vocabulary: {@code http_<status>_<error code>}, {@code connect_refused},
 * {@code connection_closed}, {@code timeout}, {@code wrong_answer}, or the exception's name.
 */
record Outcome(boolean correct, boolean wrongAnswer, String errorClass) {
  static final Outcome OK = new Outcome(true, false, "");
  static final Outcome WRONG_ANSWER = new Outcome(false, true, "wrong_answer");

  static Outcome failed(String errorClass) {
    return new Outcome(false, false, errorClass);
  }
}
