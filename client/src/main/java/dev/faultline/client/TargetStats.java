package dev.faultline.client;

import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * Counters and latency histograms of one target. Touched only from the load run's Vert.x
 * context (one thread), so nothing is synchronized. Latency is in microseconds, measured from
 * the request's scheduled send time (so a stalled server cannot hide its stall: no coordinated
 * omission), for every request that carried no fault, whatever its outcome.
 */
final class TargetStats {
  private static final long MAX_MICROS = 3_600_000_000L;

  final Histogram latency = new Histogram(MAX_MICROS, 3);
  final Histogram lastSecond = new Histogram(MAX_MICROS, 3);
  final Map<String, Long> errors = new TreeMap<>();
  long sent;
  long ok;
  long failed;
  long poisoned;
  long collateral;
  long wrongAnswers;
  long inFlight;
  long sentThisSecond;
  long okThisSecond;
  long failedThisSecond;

  void sent(PlannedRequest r) {
    sent++;
    sentThisSecond++;
    inFlight++;
    if (r.poisoned()) {
      poisoned++;
    }
  }

  void completed(PlannedRequest r, Outcome o, long latencyMicros) {
    inFlight--;
    if (o.correct()) {
      ok++;
      okThisSecond++;
    } else {
      failed++;
      failedThisSecond++;
      if (o.wrongAnswer()) {
        wrongAnswers++;
      }
      errors.merge((r.poisoned() ? "poisoned:" : "") + o.errorClass(), 1L, Long::sum);
    }
    if (!r.poisoned()) {
      collateral += o.correct() ? 0 : 1;
      long clamped = Math.min(Math.max(latencyMicros, 1), MAX_MICROS);
      latency.recordValue(clamped);
      lastSecond.recordValue(clamped);
    }
  }

  /** Correct answers among requests that carried no fault. */
  double availability() {
    long clean = sent - poisoned;
    return clean == 0 ? 1.0 : (double) (clean - collateral) / clean;
  }

  void resetSecond() {
    lastSecond.reset();
    sentThisSecond = 0;
    okThisSecond = 0;
    failedThisSecond = 0;
  }
}
