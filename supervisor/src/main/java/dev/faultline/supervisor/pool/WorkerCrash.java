package dev.faultline.supervisor.pool;

import dev.faultline.supervisor.backend.BackendFailure;
import dev.faultline.supervisor.death.DeathCause;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How one worker death is told: to the requests it lost (502 JSON) and to the log (one line). */
final class WorkerCrash {
  private WorkerCrash() {}

  static BackendFailure failureFor(WorkerSlot slot, DeathCause cause) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("worker", slot.id);
    details.put("pid", slot.pid);
    details.put("exitCode", cause.exitCode());
    details.put("cause", cause.cause());
    return new BackendFailure(502, "worker_crashed",
        "worker " + slot.id + " (pid " + slot.pid + ") died while serving this request: " + cause.describe(),
        details);
  }

  /**
   * {@code worker 3 (pid 4711) died after 5210 ms: SIGSEGV in Unsafe_PutLong+0x104 (...); lost 1
   * request: req 8812 GET /work?input=1&cost=2&fault=segfault; served 240}
   */
  static String logLine(WorkerSlot slot, DeathCause cause, List<PendingJob> lost, long uptimeMs) {
    String lostText = lost.isEmpty()
        ? "lost no request"
        : "lost " + lost.size() + (lost.size() == 1 ? " request: " : " requests: ")
            + lost.stream().map(p -> p.job().describe()).collect(Collectors.joining(", "));
    return slot.name() + " died after " + uptimeMs + " ms up: " + cause.describe() + "; " + lostText
        + "; served " + slot.served;
  }
}
