package dev.faultline.client;

import dev.faultline.config.Target;
import java.util.ArrayDeque;
import java.util.function.Supplier;

/**
 * Sends one target its requests. A due request leaves at once unless {@code limit} requests are
 * already out (the in-flight bound in open loop, the connections in closed loop); then it waits in
 * a FIFO backlog, keeps its scheduled moment for corrected latency, and counts as late if it leaves
 * more than {@link LoadRun#LATE_AFTER} behind schedule. In a max-rate run each answer pulls the
 * next request from {@code refill} instead of a schedule.
 */
final class TargetDispatch {
  private static final long LATE_AFTER_NANOS = LoadRun.LATE_AFTER.toNanos();

  private final Target target;
  private final TargetStats stats;
  private final Sender http;
  private final int limit;
  private final long startNanos;
  private final Supplier<PlannedRequest> refill;
  private final Runnable onAnswer;
  private final LoadListener listener;
  private final ArrayDeque<PlannedRequest> backlog = new ArrayDeque<>();

  TargetDispatch(
      Target target,
      TargetStats stats,
      Sender http,
      int limit,
      long startNanos,
      Supplier<PlannedRequest> refill,
      Runnable onAnswer) {
    this(target, stats, http, limit, startNanos, refill, onAnswer, LoadListener.NONE);
  }

  /**
   * @param listener hears every request's outcome, after the statistics counted it
   */
  TargetDispatch(
      Target target,
      TargetStats stats,
      Sender http,
      int limit,
      long startNanos,
      Supplier<PlannedRequest> refill,
      Runnable onAnswer,
      LoadListener listener) {
    this.listener = listener;
    this.target = target;
    this.stats = stats;
    this.http = http;
    this.limit = limit;
    this.startNanos = startNanos;
    this.refill = refill;
    this.onAnswer = onAnswer;
  }

  void due(PlannedRequest r) {
    stats.due(r);
    backlog.add(r);
    drain();
  }

  /** Max rate: fills every connection once; each answer then brings the next request. */
  void prime() {
    for (int i = 0; i < limit; i++) {
      refillOne();
    }
  }

  /** The run is over: whatever still waits was never sent. */
  void abandonBacklog() {
    long now = System.nanoTime();
    for (PlannedRequest r : backlog) {
      long latencyMicros = (now - startNanos - r.dueNanos) / 1_000;
      stats.notSent(r, latencyMicros);
      tell(r, latencyMicros, Outcome.NOT_SENT);
    }
    backlog.clear();
    stats.waiting = 0;
  }

  boolean quiet() {
    return stats.inFlight == 0 && backlog.isEmpty();
  }

  private void drain() {
    while (!backlog.isEmpty() && stats.inFlight < limit) {
      send(backlog.poll());
    }
    stats.waiting = backlog.size();
  }

  private void send(PlannedRequest r) {
    long leftAt = System.nanoTime();
    long dueAt = startNanos + r.dueNanos;
    stats.left(r, leftAt - dueAt > LATE_AFTER_NANOS);
    http.send(
        target,
        r,
        (outcome, now) -> {
          stats.completed(r, outcome, (now - dueAt) / 1_000, (now - leftAt) / 1_000);
          tell(r, (now - dueAt) / 1_000, outcome);
          if (refill == null || !refillOne()) {
            drain();
          }
          onAnswer.run();
        });
  }

  private void tell(PlannedRequest r, long latencyMicros, Outcome outcome) {
    listener.answered(
        new Answer(target.name(), r.seq, r.dueNanos, latencyMicros, outcome.errorCode()));
  }

  private boolean refillOne() {
    PlannedRequest next = refill == null ? null : refill.get();
    if (next != null) {
      due(next);
    }
    return next != null;
  }
}
