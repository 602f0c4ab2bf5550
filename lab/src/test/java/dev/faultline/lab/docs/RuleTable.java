package dev.faultline.lab.docs;

import dev.faultline.config.Durations;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.List;

/**
 * The fixed rules of retries, quarantine, the pool's pause, the slot breaker and the demo root's
 * restarts: the constants no flag sets, read from the classes that apply them (package-private ones
 * too), each shown with the constant's name so a reader finds the code.
 */
final class RuleTable {
  private static final String POOL = "dev.faultline.supervisor.pool.";

  /** One rule: what it bounds, and the constant that holds its value ({@code Class#FIELD}). */
  record Rule(String what, String constant) {}

  static final List<Rule> RULES =
      List.of(
          new Rule(
              "attempts of one idempotent request whose worker died (the first and the retries)",
              POOL + "Triage#MAX_ATTEMPTS"),
          new Rule(
              "deaths as a suspect that make a request poison (422, quarantined for"
                  + " `--quarantine`)",
              POOL + "Quarantine#DEATHS_TO_QUARANTINE"),
          new Rule(
              "the pause's first cool-down before a canary starts",
              "dev.faultline.supervisor.restart.Recovery#COOL_DOWN"),
          new Rule(
              "the longest cool-down (each canary that dies from within doubles it)",
              "dev.faultline.supervisor.restart.Recovery#MAX_COOL_DOWN"),
          new Rule(
              "how long a canary stays up before every slot is filled again (a canary ended from"
                  + " outside leaves the probation's end unchanged)",
              "dev.faultline.supervisor.restart.Recovery#PROBATION"),
          new Rule(
              "workers that boot at once (more replacements wait, oldest first; spares last)",
              POOL + "BootQueue#MAX_AT_ONCE"),
          new Rule(
              "a slot's circuit breaker: the last answers and deaths it counts",
              POOL + "SlotBreaker#WINDOW"),
          new Rule(
              "a slot's circuit breaker: how many it needs before it may open (at half deaths)",
              POOL + "SlotBreaker#MINIMUM"),
          new Rule(
              "a slot's circuit breaker: seconds dispatch avoids an open slot",
              POOL + "SlotBreaker#OPEN_SECONDS"),
          new Rule(
              "a slot's circuit breaker: trial jobs before it closes again",
              POOL + "SlotBreaker#TRIAL_CALLS"),
          new Rule(
              "jobs in flight on a worker per job thread (`--threads-per-worker`)",
              POOL + "Dispatcher#PIPELINE_DEPTH"),
          new Rule(
              "heartbeat intervals of silence after which a worker's /proc state is read"
                  + " (stopped: SIGKILL at once)",
              POOL + "Watchdog#STALL_HEARTBEATS"),
          new Rule(
              "ms a worker's exit waits for its last answers to be read",
              POOL + "LastAnswers#MAX_WAIT_MS"),
          new Rule(
              "ms a worker may run on after its connection closed before it is killed",
              POOL + "WorkerPool#DISCONNECT_GRACE_MS"),
          new Rule(
              "requests that may wait for a thread in thread mode (more get 503 `overloaded`)",
              "dev.faultline.supervisor.backend.ThreadBackend#QUEUE_CAPACITY"),
          new Rule(
              "the demo root's wait before the second restart in a row of a server (the first is"
                  + " at once; doubling)",
              "dev.faultline.lab.demo.RestartBackoff#FIRST"),
          new Rule(
              "the demo root's longest wait before a restart",
              "dev.faultline.lab.demo.RestartBackoff#MAX"),
          new Rule(
              "how long a server must stay up for the demo root to start its count over",
              "dev.faultline.lab.demo.RestartBackoff#RESET_AFTER"));

  private RuleTable() {}

  static String render() {
    StringBuilder table = new StringBuilder("| rule | value | constant |\n|---|---|---|\n");
    for (Rule r : RULES) {
      String shortName = r.constant().substring(r.constant().lastIndexOf('.') + 1);
      table.append(
          "| " + r.what() + " | " + shown(value(r.constant())) + " | `" + shortName + "` |\n");
    }
    return table.toString();
  }

  static Object value(String constant) {
    String[] classAndField = constant.split("#");
    try {
      Field f = Class.forName(classAndField[0]).getDeclaredField(classAndField[1]);
      f.setAccessible(true);
      return f.get(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "the rule table names " + constant + ", which the code no longer has: " + e, e);
    }
  }

  private static String shown(Object value) {
    return value instanceof Duration d ? Durations.format(d) : String.valueOf(value);
  }
}
