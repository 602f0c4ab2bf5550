package dev.faultline.client;

import java.util.EnumMap;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * What became of the requests due in one second of the run, at one target: open while some of them
 * are still unanswered, then closed into a {@link TimelineRow}. Its histograms are lent by the
 * timeline and given back on close, so a long run keeps only its open seconds in memory.
 */
final class SecondBucket {
  final long second;
  final Histogram corrected;
  final Histogram uncorrected;
  final Map<ErrorClass, Long> errors = new EnumMap<>(ErrorClass.class);
  long due;
  long done;
  long ok;
  long poisoned;
  long collateral;
  long wrongAnswers;
  long late;

  SecondBucket(long second, Histogram corrected, Histogram uncorrected) {
    this.second = second;
    this.corrected = corrected;
    this.uncorrected = uncorrected;
  }

  void due(PlannedRequest r) {
    due++;
    poisoned += r.poisoned() ? 1 : 0;
  }

  /** {@code uncorrectedMicros} < 0: the request never left, so it has no uncorrected latency. */
  void completed(PlannedRequest r, Outcome o, long correctedMicros, long uncorrectedMicros) {
    done++;
    if (o.correct()) {
      ok++;
    } else {
      errors.merge(o.errorClass(), 1L, Long::sum);
      wrongAnswers += o.wrongAnswer() ? 1 : 0;
      collateral += r.poisoned() ? 0 : 1;
    }
    if (!r.poisoned()) {
      corrected.recordValue(Latency.clamp(correctedMicros));
      if (uncorrectedMicros >= 0) {
        uncorrected.recordValue(Latency.clamp(uncorrectedMicros));
      }
    }
  }

  boolean settled() {
    return done == due;
  }

  TimelineRow close() {
    return new TimelineRow(
        second,
        due,
        ok,
        due - ok,
        poisoned,
        collateral,
        wrongAnswers,
        late,
        Map.copyOf(errors),
        Latency.of(corrected),
        Latency.uncorrectedP99(uncorrected));
  }
}
