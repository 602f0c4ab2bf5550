package dev.faultline.client;

import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * The requests of a max-rate run for one target, made one at a time when a connection frees up,
 * until the run's end or the request cap. Each target draws the same inputs from the seed; a
 * request is due the moment it is made, so corrected and uncorrected latency agree.
 */
final class UnpacedFeed implements Supplier<PlannedRequest> {
  private final SplittableRandom random;
  private final long startNanos;
  private final long endNanos;
  private final long cap;
  private final int cost;
  private long seq;

  UnpacedFeed(long seed, long startNanos, long endNanos, long cap, int cost) {
    this.random = new SplittableRandom(seed);
    this.startNanos = startNanos;
    this.endNanos = endNanos;
    this.cap = cap;
    this.cost = cost;
  }

  /** The next request, or null once the run is over. */
  @Override
  public PlannedRequest get() {
    long now = System.nanoTime();
    if (now >= endNanos || seq >= cap) {
      return null;
    }
    return RequestPlan.unpaced(seq++, now - startNanos, random, cost);
  }
}
