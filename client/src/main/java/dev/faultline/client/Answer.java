package dev.faultline.client;

/**
 * What became of one request at one target, as a {@link LoadListener} hears it.
 *
 * @param seq the request's number in the run's plan (a paced run without faults: the i-th due)
 * @param dueNanos when it was scheduled to leave, from the start of the run
 * @param latencyMicros from its scheduled moment until its outcome was known
 * @param errorCode "" for a correct answer, else the failure's code ({@code connect_refused},
 *     {@code http_503_overloaded}, {@code wrong_answer}, {@code not_sent}, ...)
 */
public record Answer(String target, long seq, long dueNanos, long latencyMicros, String errorCode) {
  public boolean correct() {
    return errorCode.isEmpty();
  }
}
