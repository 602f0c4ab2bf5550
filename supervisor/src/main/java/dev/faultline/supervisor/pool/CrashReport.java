package dev.faultline.supervisor.pool;

import dev.faultline.supervisor.death.Ending;
import dev.faultline.supervisor.restart.RestartPlan;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Everything known about one worker death, told twice: one human line for the log and one JSON
 * object for {@code crash-events.jsonl}. Clear enough that a reader needs no other log.
 *
 * @param unit {@code worker 3} or {@code spare}
 * @param bootFailure it died before it ever said hello
 * @param haltsForGood an escalation in {@code plan} halts the pool for good ({@code
 *     --exit-on-pool-exhausted}, or before it was ever ready); otherwise it pauses it
 * @param restartsInPeriod restarts in the intensity window, this one included
 * @param replacement what takes its place, if anything does at once or later
 * @param lastOutput the last line the worker printed, "" if none (it often says why a boot failed)
 */
record CrashReport(
    Instant time,
    String unit,
    int slotId,
    long pid,
    DeathVerdict verdict,
    boolean bootFailure,
    long uptimeMs,
    long served,
    List<Fate> fates,
    RestartPlan plan,
    boolean haltsForGood,
    int intensity,
    String budget,
    Replacement replacement,
    String lastOutput) {

  /**
   * What fills the dead worker's place.
   *
   * @param pid the replacement's pid, 0 when it is not started yet
   * @param source {@code spare}, {@code starting spare}, or {@code starting successor} (a worker
   *     that was already starting to take over the slot when its worker died)
   * @param readyAfterDeathMs from the death being noticed to the slot being ready again, -1 if not
   *     ready yet (a {@code worker_ready} line follows when it is)
   */
  record Replacement(long pid, String source, double readyAfterDeathMs) {}

  /**
   * {@code worker 1 (pid 20104) died after 12051 ms up: SIGSEGV in Unsafe_PutLong+0x124 (...); lost
   * 1 request: req 802 GET /work?...&fault=segfault (failed, 502); served 595; restart 1/10 in 60s:
   * a new worker starts in 93 ms (backoff)}
   */
  String humanLine() {
    String died = verdict.ending() == Ending.Retired.RECYCLED ? "retired" : "died";
    return unit
        + " (pid "
        + pid
        + ") "
        + died
        + " "
        + (bootFailure ? "before it was ready" : "after " + uptimeMs + " ms up")
        + ": "
        + verdict.description()
        + (bootFailure && !lastOutput.isEmpty() ? " (its last words: " + lastOutput + ")" : "")
        + "; "
        + lost()
        + "; served "
        + served
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
      case ESCALATE -> (haltsForGood ? "pool halted: " : "pool paused: ") + plan.reason();
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
              + ": "
              + replacing();
    };
  }

  private String replacing() {
    if (replacement == null) {
      return "a new "
          + (slotId > 0 ? "worker" : "spare")
          + " starts in "
          + plan.backoffMillis()
          + " ms (backoff)";
    }
    String took =
        replacement.readyAfterDeathMs() >= 0
            ? String.format(
                "took its place %.1f ms after the death was noticed",
                replacement.readyAfterDeathMs())
            : "will take its place when ready";
    String nextSpare =
        replacement.source().endsWith("spare")
            ? "; a new spare starts in " + plan.backoffMillis() + " ms (backoff)"
            : "";
    return replacement.source() + " (pid " + replacement.pid() + ") " + took + nextSpare;
  }

  JsonObject json() {
    DeathVerdict v = verdict;
    return new JsonObject()
        .put("event", "worker_died")
        .put("time", time.toString())
        .put("mode", "process")
        .put("worker", slotId)
        .put("unit", unit)
        .put("pid", pid)
        .put("causeClass", v.ending().code())
        .put("cause", v.cause())
        .put("description", v.description())
        .put("signal", v.signal())
        .put("frame", v.os().frame().isEmpty() ? null : v.os().frame())
        .put("hsErr", v.os().report() == null ? null : v.os().report().toString())
        .put("exitCode", v.os().exitCode())
        .put("bootFailure", bootFailure)
        .put("uptimeMs", uptimeMs)
        .put("served", served)
        .put("inFlight", inFlight())
        .put("lastOutput", lastOutput.isEmpty() ? null : lastOutput)
        .put("restart", restart())
        .put("replacement", replacementJson());
  }

  private JsonArray inFlight() {
    JsonArray a = new JsonArray();
    fates.forEach(
        f ->
            a.add(
                new JsonObject()
                    .put("id", f.requestId())
                    .put("request", f.request())
                    .put("fate", f.kind().code())
                    .put("status", f.httpStatus() > 0 ? f.httpStatus() : null)));
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

  private JsonObject replacementJson() {
    if (replacement == null) {
      return null;
    }
    return new JsonObject()
        .put("pid", replacement.pid())
        .put("source", replacement.source())
        .put(
            "readyAfterDeathMs",
            replacement.readyAfterDeathMs() >= 0 ? replacement.readyAfterDeathMs() : null);
  }
}
