package dev.faultline.client;

import java.util.function.Supplier;

/**
 * The requests of a max-rate run for one target, made one at a time when a connection frees up,
 * until the run's end or the request cap. Every target draws the same inputs, round robin from
 * {@link CacheMissInputs}; a request is due the moment it is made, so corrected and uncorrected
 * latency agree.
 */
final class UnpacedFeed implements Supplier<PlannedRequest> {
  private final CacheMissInputs inputs;
  private final long startNanos;
  private final long endNanos;
  private final long cap;
  private long seq;

  UnpacedFeed(CacheMissInputs inputs, long startNanos, long endNanos, long cap) {
    this.inputs = inputs;
    this.startNanos = startNanos;
    this.endNanos = endNanos;
    this.cap = cap;
  }

  /** The next request, or null once the run is over. */
  @Override
  public PlannedRequest get() {
    long now = System.nanoTime();
    if (now >= endNanos || seq >= cap) {
      return null;
    }
    return inputs.request(seq++, now - startNanos);
  }
}
