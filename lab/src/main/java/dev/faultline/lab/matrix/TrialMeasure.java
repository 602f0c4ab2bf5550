package dev.faultline.lab.matrix;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * What the background load of one server saw, split by phase: whether the baseline was all correct
 * (the steady state held before the injection), and over the window the failures, the wrong
 * answers, the recovery and the p99 latency against the baseline's.
 *
 * @param collateralFailures window requests without a correct answer (errors and wrong answers)
 * @param errors window failures by class
 * @param baselineErrors baseline failures by class
 * @param phases the trial's phases, as the samples were split by them
 */
record TrialMeasure(
    int baselineRequests,
    int baselineFailures,
    int windowRequests,
    int collateralFailures,
    int wrongAnswers,
    Long recoveryMs,
    double baselineP99Ms,
    double windowP99Ms,
    Map<String, Integer> errors,
    Map<String, Integer> baselineErrors,
    Timeline phases) {

  static TrialMeasure of(List<Sample> samples, Timeline t) {
    List<Sample> base = samples.stream().filter(t::inBaseline).toList();
    List<Sample> window = samples.stream().filter(t::inWindow).toList();
    return new TrialMeasure(
        base.size(),
        (int) base.stream().filter(s -> !s.correct()).count(),
        window.size(),
        (int) window.stream().filter(s -> !s.correct()).count(),
        (int) window.stream().filter(Sample::wrongAnswer).count(),
        Recovery.millis(samples, t),
        p99Ms(base),
        p99Ms(window),
        errorsOf(window),
        errorsOf(base),
        t);
  }

  private static Map<String, Integer> errorsOf(List<Sample> samples) {
    Map<String, Integer> errors = new TreeMap<>();
    samples.stream()
        .filter(s -> !s.correct())
        .forEach(s -> errors.merge(s.errorClass(), 1, Integer::sum));
    return errors;
  }

  /**
   * The steady state held: there was a baseline, and every request of it was answered correctly.
   */
  boolean baselineHeld() {
    return baselineRequests > 0 && baselineFailures == 0;
  }

  private static double p99Ms(List<Sample> samples) {
    if (samples.isEmpty()) {
      return 0;
    }
    Histogram h = new Histogram(3_600_000_000L, 3);
    samples.forEach(s -> h.recordValue(Math.min(Math.max(s.latencyMicros(), 1), 3_600_000_000L)));
    return h.getValueAtPercentile(99) / 1000.0;
  }
}
