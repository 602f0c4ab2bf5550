package dev.faultline.client;

/**
 * What one target did in the last second of a run, as it happened (not settled by due time like the
 * timeline): requests that came due, answers that came in, and the corrected p99 of the answers to
 * requests without a fault. For live views; the report uses the timeline.
 *
 * @param p99Ms NaN when no such answer came in this second
 */
public record SecondSample(
    String target, long second, long sent, long ok, long failed, double p99Ms) {

  /** Correct answers among the answers of this second; NaN when none came in. */
  public double availability() {
    return ok + failed == 0 ? Double.NaN : (double) ok / (ok + failed);
  }

  static SecondSample of(String target, long second, TargetStats s) {
    double p99 =
        s.lastSecond.getTotalCount() == 0
            ? Double.NaN
            : s.lastSecond.getValueAtPercentile(99) / 1000.0;
    return new SecondSample(
        target, second, s.sentThisSecond, s.okThisSecond, s.failedThisSecond, p99);
  }
}
