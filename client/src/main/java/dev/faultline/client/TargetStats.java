package dev.faultline.client;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * Counters, latency histograms and timeline of one target. Touched only from the load run's Vert.x
 * context (one thread), so nothing is synchronized. Latency is in microseconds, for every request
 * that carried no fault, whatever its outcome, twice: corrected (from the moment the request was
 * scheduled to leave: a stalled server cannot hide its stall) and uncorrected (from the moment it
 * actually left, as a closed-loop tool would measure it).
 */
final class TargetStats {
  final Histogram latency = Latency.histogram(3);
  final Histogram uncorrected = Latency.histogram(3);
  final Histogram lastSecond = Latency.histogram(2);
  final Map<String, Long> errors = new TreeMap<>();
  final Map<ErrorClass, Long> bystanderErrors = new EnumMap<>(ErrorClass.class);
  final Map<ErrorClass, Long> poisonedErrors = new EnumMap<>(ErrorClass.class);
  final IntervalLog log;
  final Timeline timeline;
  long sent;
  long ok;
  long failed;
  long poisoned;
  long collateral;
  long wrongAnswers;
  long inFlight;
  long late;
  long notSent;
  long waiting;
  long sentThisSecond;
  long okThisSecond;
  long failedThisSecond;
  long lateThisSecond;

  TargetStats(String target) {
    this.log = new IntervalLog(target);
    this.timeline = new Timeline(log);
  }

  /** The request's moment has come; it is counted as sent to this target from now on. */
  void due(PlannedRequest r) {
    sent++;
    sentThisSecond++;
    poisoned += r.poisoned() ? 1 : 0;
    timeline.due(r);
  }

  /** It actually left; {@code late} when the client could not send it on time. */
  void left(PlannedRequest r, boolean wasLate) {
    inFlight++;
    if (wasLate) {
      late++;
      lateThisSecond++;
      timeline.late(r);
    }
  }

  void completed(PlannedRequest r, Outcome o, long correctedMicros, long uncorrectedMicros) {
    inFlight--;
    count(r, o);
    timeline.completed(r, o, correctedMicros, uncorrectedMicros);
    if (!r.poisoned()) {
      latency.recordValue(Latency.clamp(correctedMicros));
      uncorrected.recordValue(Latency.clamp(uncorrectedMicros));
      lastSecond.recordValue(Latency.clamp(correctedMicros));
    }
  }

  /** The run ended before it left: a failure, with its wait so far as corrected latency only. */
  void notSent(PlannedRequest r, long correctedMicros) {
    notSent++;
    count(r, Outcome.NOT_SENT);
    timeline.completed(r, Outcome.NOT_SENT, correctedMicros, -1);
    if (!r.poisoned()) {
      latency.recordValue(Latency.clamp(correctedMicros));
    }
  }

  private void count(PlannedRequest r, Outcome o) {
    if (o.correct()) {
      ok++;
      okThisSecond++;
      return;
    }
    failed++;
    failedThisSecond++;
    wrongAnswers += o.wrongAnswer() ? 1 : 0;
    collateral += r.poisoned() ? 0 : 1;
    errors.merge((r.poisoned() ? "poisoned:" : "") + o.errorCode(), 1L, Long::sum);
    (r.poisoned() ? poisonedErrors : bystanderErrors).merge(o.errorClass(), 1L, Long::sum);
  }

  /** Correct answers among requests that carried no fault. */
  double availability() {
    long clean = sent - poisoned;
    return clean == 0 ? 1.0 : (double) (clean - collateral) / clean;
  }

  List<TimelineRow> timelineRows() {
    return timeline.rows();
  }

  void resetSecond() {
    lastSecond.reset();
    sentThisSecond = 0;
    okThisSecond = 0;
    failedThisSecond = 0;
    lateThisSecond = 0;
  }
}
