package dev.faultline.lab.soak;

import dev.faultline.lab.observe.CrashEvents;
import dev.faultline.lab.soak.SignalSender.Sent;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares what the soak caused with what the server wrote down: every death must be one the soak
 * caused (a signal it sent to that pid, or a faulted request in flight on it) and carry the class
 * that cause must get; every signal sent must show as a death, unless a pause stopped that worker
 * first.
 */
final class Classification {
  /** What the crash report must say for each signal sent from outside. */
  private static final Map<String, String> BY_SIGNAL =
      Map.of(
          "KILL", "killed_by_signal",
          "SEGV", "killed_by_signal",
          "TERM", "killed_by_signal",
          "STOP", "stopped");

  /** ... and for each fault a request carried. */
  private static final Map<String, String> BY_FAULT =
      Map.of(
          "segfault", "native_crash",
          "exit", "exit_code",
          "halt", "exit_code",
          "oom", "out_of_memory");

  private final List<String> mismatches = new ArrayList<>();
  private int bySignal;
  private int byFault;

  Classification(List<JsonObject> deaths, List<Sent> sent, List<CrashEvents.Pause> pauses) {
    for (JsonObject d : deaths) {
      check(d, sent.stream().filter(s -> s.pid() == d.getLong("pid")).findFirst());
    }
    for (Sent s : sent) {
      if (deaths.stream().noneMatch(d -> d.getLong("pid") == s.pid())
          && !pausedSoonAfter(s, pauses)) {
        mismatches.add("SIG" + s.signal() + " to pid " + s.pid() + " left no death");
      }
    }
  }

  /** A pause stops every worker (no death is reported for those): one stopped before it died. */
  private static boolean pausedSoonAfter(Sent s, List<CrashEvents.Pause> pauses) {
    return pauses.stream()
        .anyMatch(p -> !p.from().isBefore(s.at()) && p.from().isBefore(s.at().plusSeconds(15)));
  }

  private void check(JsonObject death, Optional<Sent> signal) {
    String got = death.getString("causeClass");
    Optional<String> fault = faultOf(death);
    if (signal.isPresent()
        && fault.isPresent()
        && BY_FAULT.get(fault.get()).equals(got)
        && !BY_SIGNAL.get(signal.get().signal()).equals(got)) {
      byFault++; // the faulted request it was running killed it before the signal could
      return;
    }
    if (signal.isPresent()) {
      bySignal++;
      Sent s = signal.get();
      expect(death, "SIG" + s.signal() + " (" + s.during() + ")", BY_SIGNAL.get(s.signal()), got);
      if (s.signal().equals("SEGV") && !death.getString("description").contains("sent by pid")) {
        mismatches.add("pid " + s.pid() + ": SIGSEGV not reported as sent: " + describe(death));
      }
      return;
    }
    if (fault.isPresent()) {
      byFault++;
      expect(death, "fault=" + fault.get(), BY_FAULT.get(fault.get()), got);
      return;
    }
    mismatches.add(
        "pid " + death.getLong("pid") + " died uncaused by the soak: " + describe(death));
  }

  private void expect(JsonObject death, String cause, String wanted, String got) {
    if (!wanted.equals(got)) {
      mismatches.add(
          "pid " + death.getLong("pid") + ": " + cause + " classified " + got + ", not " + wanted);
    }
  }

  private static Optional<String> faultOf(JsonObject death) {
    return death.getJsonArray("inFlight").stream()
        .map(o -> ((JsonObject) o).getString("request"))
        .map(r -> r.replaceAll(".*[?&]fault=([a-z_]+).*", "$1"))
        .filter(BY_FAULT::containsKey)
        .findFirst();
  }

  private static String describe(JsonObject death) {
    return death.getString("causeClass") + ": " + death.getString("description");
  }

  List<String> mismatches() {
    return mismatches;
  }

  int bySignal() {
    return bySignal;
  }

  int byFault() {
    return byFault;
  }
}
