package dev.faultline.client;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * One target's per-second results, by the second each request was due to leave (so a stall shows in
 * the second it began, where the fault that caused it is marked). A second closes once it is over
 * and all its requests are answered; its histograms then go to the interval log and back to a pool,
 * so memory holds only the seconds still open, however long the run.
 */
final class Timeline {
  private static final int PER_SECOND_DIGITS = 2;

  private final Map<Long, SecondBucket> open = new TreeMap<>();
  private final ArrayDeque<Histogram> spare = new ArrayDeque<>();
  private final List<TimelineRow> closed = new ArrayList<>();
  private final IntervalLog log;
  private SecondBucket recent;

  Timeline(IntervalLog log) {
    this.log = log;
  }

  void due(PlannedRequest r) {
    bucket(r).due(r);
  }

  void late(PlannedRequest r) {
    bucket(r).late++;
  }

  void completed(PlannedRequest r, Outcome o, long correctedMicros, long uncorrectedMicros) {
    bucket(r).completed(r, o, correctedMicros, uncorrectedMicros);
  }

  /** Closes every second before {@code currentSecond} whose requests are all answered. */
  void closeSettled(long currentSecond) {
    Iterator<SecondBucket> it = open.values().iterator();
    while (it.hasNext()) {
      SecondBucket b = it.next();
      if (b.second < currentSecond && b.settled()) {
        it.remove();
        close(b);
      }
    }
  }

  /** Closes everything still open and returns all rows in time order. */
  List<TimelineRow> rows() {
    open.values().forEach(this::close);
    open.clear();
    closed.sort(Comparator.comparingLong(TimelineRow::second));
    return List.copyOf(closed);
  }

  private void close(SecondBucket b) {
    recent = recent == b ? null : recent;
    closed.add(b.close());
    log.interval(b.second, b.corrected, b.uncorrected);
    giveBack(b.corrected);
    giveBack(b.uncorrected);
  }

  /** Most requests land in the same second as the one before: that bucket is kept at hand. */
  private SecondBucket bucket(PlannedRequest r) {
    long second = r.dueNanos / 1_000_000_000L;
    if (recent == null || recent.second != second) {
      recent = open.computeIfAbsent(second, s -> new SecondBucket(s, lend(), lend()));
    }
    return recent;
  }

  private Histogram lend() {
    Histogram h = spare.poll();
    return h != null ? h : Latency.histogram(PER_SECOND_DIGITS);
  }

  private void giveBack(Histogram h) {
    h.reset();
    spare.push(h);
  }
}
