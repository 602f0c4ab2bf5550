package dev.faultline.cluster;

import dev.faultline.supervisor.restart.RestartPlan;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Everything known about one lost or unreachable node, told twice: one human line for the log and
 * one JSON object ({@code node_lost}, {@code node_unreachable}) for {@code crash-events.jsonl}, in
 * the manner of process mode's crash report. What is seen first differs from a worker's ({@link
 * LossSeen}): a local node's exit, seen by its parent within milliseconds; the front's own detector
 * hearing nothing for a second; Hazelcast removing the member. When Hazelcast removes a member
 * whose exit was seen first, a {@code node_removed} line says how much later ({@link
 * NodeLog#removed}).
 *
 * @param bootFailure it was lost before it said hello
 */
record NodeLoss(
    Instant time,
    Node node,
    LossSeen seen,
    boolean bootFailure,
    List<Fate> fates,
    RestartPlan plan,
    int intensity,
    String budget) {

  /**
   * {@code node 2 (pid 4711) lost after 8123 ms up: SIGKILL (killed by signal, exit 137); lost 2
   * requests: req 80 GET /work?... (retried), ...; served 595; restart 1/10 in 60s: a new node
   * starts in 0 ms}
   */
  String humanLine() {
    return node.name()
        + " (pid "
        + node.pid()
        + (seen.onlyUnreachable() ? ") unreachable " : ") lost ")
        + (bootFailure
            ? "before it was ready"
            : "after " + node.uptimeMs(System.nanoTime()) + " ms up")
        + ": "
        + seen.description()
        + "; "
        + lost()
        + "; served "
        + node.served()
        + "; "
        + next();
  }

  private String lost() {
    if (fates.isEmpty()) {
      return "lost no request";
    }
    return "lost "
        + fates.size()
        + (fates.size() == 1 ? " request: " : " requests: ")
        + fates.stream().map(Fate::describe).collect(Collectors.joining(", "));
  }

  private String next() {
    return switch (plan.action()) {
      case ESCALATE -> "restart budget exceeded, paused: " + plan.reason();
      case NONE -> "not replaced: " + plan.reason();
      case REPLACE ->
          (bootFailure
                  ? "boot failure, retry"
                  : "restart "
                      + plan.restartsInPeriod()
                      + "/"
                      + intensity
                      + " in "
                      + budget.substring(budget.indexOf(" in ") + 4))
              + ": a new node starts in "
              + plan.backoffMillis()
              + " ms";
    };
  }

  JsonObject json() {
    return new JsonObject()
        .put("event", seen.event())
        .put("time", time.toString())
        .put("mode", "cluster")
        .put("node", node.slot)
        .put("unit", node.name())
        .put("pid", node.pid())
        .put("nodeId", node.nodeId())
        .put("causeClass", seen.causeClass())
        .put("cause", seen.cause())
        .put("description", seen.description())
        .put("exitCode", seen.exitCode())
        .put("bootFailure", bootFailure)
        .put("uptimeMs", node.uptimeMs(System.nanoTime()))
        .put("served", node.served())
        .put("inFlight", inFlight())
        .put("restart", restart());
  }

  private JsonArray inFlight() {
    JsonArray a = new JsonArray();
    for (Fate f : fates) {
      a.add(
          new JsonObject()
              .put("id", f.pending().job.id())
              .put("request", f.pending().job.origin())
              .put("fate", f.kind().code())
              .put("status", f.httpStatus() > 0 ? f.httpStatus() : null));
    }
    return a;
  }

  private JsonObject restart() {
    return new JsonObject()
        .put("action", plan.action().name().toLowerCase())
        .put("restartsInPeriod", plan.restartsInPeriod())
        .put("budget", budget)
        .put("backoffMs", plan.backoffMillis())
        .put("reason", plan.reason().isEmpty() ? null : plan.reason());
  }
}
