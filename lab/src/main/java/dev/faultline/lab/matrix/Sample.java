package dev.faultline.lab.matrix;

/**
 * What became of one background request.
 *
 * @param scheduledNanos when it was due to leave, from the start of the load
 * @param latencyMicros from when it was due until it was answered or given up on (no coordinated
 *     omission: a stalled server cannot hide its stall)
 * @param errorClass "" when correct, else the load client's error code ({@code wrong_answer},
 *     {@code http_<status>_<code>}, {@code connect_refused}, {@code timeout}, {@code
 *     connection_reset}, {@code not_sent}...), or {@code no_answer} when the load ended without an
 *     outcome
 */
record Sample(long scheduledNanos, long latencyMicros, String errorClass) {
  static final String WRONG_ANSWER = "wrong_answer";

  boolean correct() {
    return errorClass.isEmpty();
  }

  boolean wrongAnswer() {
    return WRONG_ANSWER.equals(errorClass);
  }
}
