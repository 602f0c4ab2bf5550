package dev.faultline.lab.matrix;

/**
 * Decides, tick by tick, when the phases of one trial at one server begin, from the time and what
 * the background load has seen so far:
 *
 * <ul>
 *   <li>the baseline begins once the warm-up's minimum is over and the server has answered every
 *       request of the last second correctly (a fresh JVM on a busy machine may need longer than
 *       planned to warm up), or at the latest after {@value #MAX_WARMUP_SECONDS} s;
 *   <li>the fault is sent once the baseline is over and every baseline request has its answer, so
 *       that no baseline request can meet the fault, however late a busy machine sends it;
 *   <li>the window ends its planned length after the injection.
 * </ul>
 *
 * Pure: the load answers its two questions; tested without a server.
 */
final class TrialClock {
  static final long MAX_WARMUP_SECONDS = 30;

  /** The warm-up is over after this much time of correct answers... */
  static final long STEADY_NANOS = 1_000_000_000L;

  /** ...among requests due at least this long ago (the latest ones are still on their way). */
  static final long SETTLE_NANOS = 100_000_000L;

  /** What the clock asks of the load. */
  interface AnswersSoFar {
    /**
     * Every request due in {@code [from, to)} was answered correctly, and there was at least one.
     */
    boolean allCorrect(long fromDue, long toDue);

    /** Every request due in {@code [from, to)} has been sent and has its answer, right or wrong. */
    boolean allAnswered(long fromDue, long toDue);
  }

  enum Step {
    NOTHING,
    BASELINE_BEGINS,
    INJECT,
    WINDOW_OVER
  }

  private final Timeline planned;
  private Timeline phases;
  private boolean injected;
  private boolean over;

  TrialClock(Timeline planned) {
    this.planned = planned;
  }

  Step tick(long now, AnswersSoFar answers) {
    if (phases == null) {
      boolean steady = answers.allCorrect(now - SETTLE_NANOS - STEADY_NANOS, now - SETTLE_NANOS);
      if (now >= planned.baselineStart()
          && (steady || now >= planned.baselineStart() + MAX_WARMUP_SECONDS * 1_000_000_000L)) {
        phases = planned.startingBaselineAt(now);
        return Step.BASELINE_BEGINS;
      }
    } else if (!injected) {
      if (now >= phases.baselineEnd()
          && answers.allAnswered(phases.baselineStart(), phases.baselineEnd())) {
        phases = phases.injectedAt(now);
        injected = true;
        return Step.INJECT;
      }
    } else if (!over && now >= phases.windowEnd()) {
      over = true;
      return Step.WINDOW_OVER;
    }
    return Step.NOTHING;
  }

  /** Requests are due until the window ends; none after it. */
  boolean sends(long due) {
    return !injected || due < phases.windowEnd();
  }

  boolean injected() {
    return injected;
  }

  boolean over() {
    return over;
  }

  /** The phases as they happened so far (the plan until the baseline began). */
  Timeline phases() {
    return phases != null ? phases : planned;
  }

  /** The longest a trial's load can need, warm-up waits included: sizes its plan. */
  static long longestNanos(Timeline planned, long timeoutNanos) {
    return planned.windowEnd() + MAX_WARMUP_SECONDS * 1_000_000_000L + 3 * timeoutNanos;
  }
}
