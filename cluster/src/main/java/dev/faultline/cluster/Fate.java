package dev.faultline.cluster;

/** What happened to one job that was in flight on a node that was lost. */
record Fate(PendingJob pending, Kind kind, int httpStatus) {

  enum Kind {
    /** Sent again to another node. */
    RETRIED,
    /** Answered with an error, not retried. */
    FAILED;

    String code() {
      return name().toLowerCase();
    }
  }

  /** {@code req 802 GET /work?input=1&cost=2 (retried)} */
  String describe() {
    return pending.job.describe()
        + " ("
        + kind.code()
        + (httpStatus > 0 ? ", " + httpStatus : "")
        + ")";
  }
}
