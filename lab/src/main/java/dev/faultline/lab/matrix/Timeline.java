package dev.faultline.lab.matrix;

/**
 * The phases of one trial at one server, in nanoseconds from the start of its background load:
 * warm-up until {@code baselineStart}, the baseline until {@code baselineEnd}, the fault sent at
 * {@code injectAt}, and the window until {@code windowEnd}. Requests due between the baseline's end
 * and the injection belong to neither. The planned phases move when the server needs longer to warm
 * up or to answer its baseline ({@link TrialClock}).
 */
record Timeline(long baselineStart, long baselineEnd, long injectAt, long windowEnd) {

  Timeline {
    if (baselineStart < 0
        || baselineStart > baselineEnd
        || baselineEnd > injectAt
        || injectAt >= windowEnd) {
      throw new IllegalArgumentException(
          "need 0 <= baselineStart <= baselineEnd <= injectAt < windowEnd, but was "
              + baselineStart
              + ", "
              + baselineEnd
              + ", "
              + injectAt
              + ", "
              + windowEnd);
    }
  }

  /** The same phases, every one moved so that the baseline starts at {@code start}. */
  Timeline startingBaselineAt(long start) {
    long shift = start - baselineStart;
    return new Timeline(start, baselineEnd + shift, injectAt + shift, windowEnd + shift);
  }

  /**
   * The same phases with the fault sent at {@code actualInjectAt}, the window as long as planned.
   */
  Timeline injectedAt(long actualInjectAt) {
    return new Timeline(
        baselineStart, baselineEnd, actualInjectAt, actualInjectAt + (windowEnd - injectAt));
  }

  boolean inBaseline(Sample s) {
    return s.scheduledNanos() >= baselineStart && s.scheduledNanos() < baselineEnd;
  }

  boolean inWindow(Sample s) {
    return s.scheduledNanos() >= injectAt && s.scheduledNanos() < windowEnd;
  }
}
