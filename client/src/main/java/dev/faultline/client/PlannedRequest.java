package dev.faultline.client;

import dev.faultline.worker.Workload;

/**
 * One request of the plan: when it is due (from the start of the run), what it asks and which fault
 * it carries ("" for none). Every target receives the same planned requests.
 */
final class PlannedRequest {
  final long seq;
  final long dueNanos;
  final long input;
  final int cost;
  final String fault;
  private String expectedDigest;
  private String uri;

  PlannedRequest(long seq, long dueNanos, long input, int cost, String fault) {
    this.seq = seq;
    this.dueNanos = dueNanos;
    this.input = input;
    this.cost = cost;
    this.fault = fault;
  }

  boolean poisoned() {
    return !fault.isEmpty();
  }

  /** The answer a correct server gives, computed once per request (not per target). */
  String expectedDigest() {
    if (expectedDigest == null) {
      expectedDigest = Long.toHexString(Workload.digest(input, cost));
    }
    return expectedDigest;
  }

  /** The digest as it appears in a correct answer's JSON: {@code "digest":"<hex>"}. */
  String expectedField() {
    return "\"digest\":\"" + expectedDigest() + "\"";
  }

  /** Built once, whatever the number of targets. */
  String uri() {
    if (uri == null) {
      uri = "/work?input=" + input + "&cost=" + cost + (poisoned() ? "&fault=" + fault : "");
    }
    return uri;
  }
}
