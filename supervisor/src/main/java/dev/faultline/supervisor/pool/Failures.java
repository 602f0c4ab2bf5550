package dev.faultline.supervisor.pool;

import dev.faultline.supervisor.backend.BackendFailure;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The answers a request gets when process mode cannot serve it, each naming what happened. */
final class Failures {
  private Failures() {}

  /** 502: its worker died and it is not retried. */
  static BackendFailure lostWith(Worker w, DeathVerdict v) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("worker", w.slotId());
    details.put("pid", w.pid);
    details.put("exitCode", v.os().exitCode());
    details.put("cause", v.cause());
    details.put("causeClass", v.ending().code());
    return new BackendFailure(
        502,
        v.errorCode(),
        w.name() + " died while serving this request: " + v.description(),
        details);
  }

  /** 502: its worker stalled (stopped from outside) and it may not be retried. */
  static BackendFailure stalled(Worker w) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("worker", w.slotId());
    details.put("pid", w.pid);
    details.put("causeClass", "stopped");
    return new BackendFailure(
        502,
        "worker_unresponsive",
        w.name() + " was stopped from outside while serving this request; it is killed",
        details);
  }

  /** 504: it ran past the request deadline; its worker is being killed. */
  static BackendFailure deadline(Worker w, Duration deadline, long ranMillis) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("worker", w.slotId());
    details.put("pid", w.pid);
    details.put("deadlineMs", deadline.toMillis());
    details.put("ranMs", ranMillis);
    return new BackendFailure(
        504,
        "deadline",
        "this request ran "
            + ranMillis
            + " ms on "
            + w.name()
            + ", past the request deadline of "
            + deadline.toMillis()
            + " ms; the worker is killed and replaced",
        details);
  }

  /**
   * 422: a poison request, a suspect in as many deaths as {@link Quarantine} tolerates; refused
   * until the quarantine ends.
   */
  static BackendFailure quarantined(String fingerprint, List<Long> deadPids, Duration remaining) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("fingerprint", fingerprint);
    details.put("killedPids", deadPids);
    details.put("quarantineSeconds", remaining.toSeconds());
    int retryAfter = (int) Math.max(1, Math.min(Integer.MAX_VALUE, remaining.toSeconds()));
    return new BackendFailure(
        422,
        "quarantined",
        "this request was in flight on "
            + deadPids.size()
            + " workers that died (pids "
            + deadPids
            + "); it is refused without reaching a worker for "
            + remaining.toSeconds()
            + " s more",
        details,
        retryAfter);
  }
}
