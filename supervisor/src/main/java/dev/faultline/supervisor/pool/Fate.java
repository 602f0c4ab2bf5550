package dev.faultline.supervisor.pool;

/** What happened to one request that was in flight on a worker that died. */
record Fate(long requestId, String request, Kind kind, int httpStatus) {

  enum Kind {
    /** Answered with an error (502), not retried. */
    FAILED,
    /** Sent again to another worker, as long as {@link Triage#MAX_ATTEMPTS} allows. */
    RETRIED,
    /** Poison (see {@link Quarantine}): answered 422 and refused for a while. */
    QUARANTINED,
    /** Ran past the request deadline; answered 504, which is why the master killed the worker. */
    DEADLINE;

    String code() {
      return name().toLowerCase();
    }
  }

  /** {@code req 802 GET /work?input=1&cost=2&fault=segfault (failed, 502)} */
  String describe() {
    return "req "
        + requestId
        + " "
        + request
        + " ("
        + kind.code()
        + (httpStatus > 0 ? ", " + httpStatus : "")
        + ")";
  }
}
