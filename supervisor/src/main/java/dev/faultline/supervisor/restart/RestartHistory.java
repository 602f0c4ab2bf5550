package dev.faultline.supervisor.restart;

/**
 * What the restart policy remembers about one place in the pool (a slot, or the spares): how often
 * its workers failed in a row, after and before they were ready. Owned by the pool's loop.
 */
public final class RestartHistory {
  int consecutiveFailures;
  int consecutiveBootFailures;
  int restarts;

  /** A worker of this place said hello: boot failures in a row end here. */
  public void booted() {
    consecutiveBootFailures = 0;
  }

  /** Workers of this place that were replaced after they died. */
  public int restarts() {
    return restarts;
  }

  public int consecutiveFailures() {
    return consecutiveFailures;
  }
}
