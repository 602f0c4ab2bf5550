package dev.faultline.client;

import dev.faultline.worker.Workload;
import java.util.concurrent.CompletableFuture;

/**
 * One request of the plan: when it is due (from the start of the run), what it asks and which fault
 * it carries ("" for none). Every target receives the same planned requests. Its expected digest is
 * computed off the event loop, ahead of its moment, by {@link ExpectedDigests}; requests of a
 * max-rate run share one future per input.
 */
final class PlannedRequest {
  final long seq;
  final long dueNanos;
  final long input;
  final int cost;
  final String fault;
  private final CompletableFuture<String> expected;
  private String expectedField;
  private String uri;

  PlannedRequest(long seq, long dueNanos, long input, int cost, String fault) {
    this(seq, dueNanos, input, cost, fault, new CompletableFuture<>());
  }

  PlannedRequest(
      long seq,
      long dueNanos,
      long input,
      int cost,
      String fault,
      CompletableFuture<String> expected) {
    this.seq = seq;
    this.dueNanos = dueNanos;
    this.input = input;
    this.cost = cost;
    this.fault = fault;
    this.expected = expected;
  }

  boolean poisoned() {
    return !fault.isEmpty();
  }

  /** Computes the expected digest on the calling thread, unless it is known already. */
  void computeExpected() {
    if (!expected.isDone()) {
      expected.complete(Long.toHexString(Workload.digest(input, cost)));
    }
  }

  /** Completes with the expected digest; already done for a request whose moment has come. */
  CompletableFuture<String> expected() {
    return expected;
  }

  /** The answer a correct server gives, computed once per request (not per target). */
  String expectedDigest() {
    computeExpected(); // only if ExpectedDigests has not got here yet: a test, or a stalled thread
    return expected.join();
  }

  /** The digest as it appears in a correct answer's JSON: {@code "digest":"<hex>"}. */
  String expectedField() {
    if (expectedField == null) {
      expectedField = "\"digest\":\"" + expectedDigest() + "\"";
    }
    return expectedField;
  }

  /** Built once, whatever the number of targets. */
  String uri() {
    if (uri == null) {
      uri = "/work?input=" + input + "&cost=" + cost + (poisoned() ? "&fault=" + fault : "");
    }
    return uri;
  }
}
