package dev.faultline.supervisor.pool;

/**
 * What recycling knows of one worker: its request limit, when its memory was last read, and why it
 * is being recycled once it is. A state object of {@link Worker}, changed only through these
 * methods, by the loop thread.
 */
final class RecyclingMark {
  private long requestLimit;
  private long lastRssCheckNanos;
  private String reason;

  /** Requests after which it is recycled (max-requests plus its jitter); 0 = never. */
  void limitRequestsTo(long requestLimit) {
    this.requestLimit = requestLimit;
  }

  long requestLimit() {
    return requestLimit;
  }

  void due(String reason) {
    this.reason = reason;
  }

  /** Its successor died: recycling starts over later. */
  void startsOver() {
    reason = null;
  }

  /** Why it is being recycled, or null. */
  String reason() {
    return reason;
  }

  /**
   * Whether its resident memory may be read now (at most every {@code everyNanos}); if so, noted.
   */
  boolean rssCheckDue(long nowNanos, long everyNanos) {
    if (nowNanos - lastRssCheckNanos < everyNanos) {
      return false;
    }
    lastRssCheckNanos = nowNanos;
    return true;
  }
}
