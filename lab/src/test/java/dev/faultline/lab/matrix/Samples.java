package dev.faultline.lab.matrix;

import java.util.ArrayList;
import java.util.List;

/** Hand-made background samples: one every 10 ms, each correct or failed as the test says. */
final class Samples {
  static final long MS = 1_000_000;

  /** Warm-up 0-1 s, baseline 1-2 s, injection at 2 s, window until 5 s. */
  static final Timeline TIMELINE = new Timeline(1_000 * MS, 2_000 * MS, 2_000 * MS, 5_000 * MS);

  private Samples() {}

  static Sample ok(long atMs) {
    return new Sample(atMs * MS, 5_000, "");
  }

  static Sample failed(long atMs) {
    return new Sample(atMs * MS, 3_000_000, "connect_refused");
  }

  /**
   * Every 10 ms from {@code fromMs} (inclusive) to {@code toMs} (exclusive), failed inside
   * [failFrom, failTo).
   */
  static List<Sample> every10ms(long fromMs, long toMs, long failFromMs, long failToMs) {
    List<Sample> out = new ArrayList<>();
    for (long t = fromMs; t < toMs; t += 10) {
      out.add(t >= failFromMs && t < failToMs ? failed(t) : ok(t));
    }
    return out;
  }
}
