package dev.faultline.supervisor.backend;

import dev.faultline.supervisor.metrics.ProcMemory;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The part of {@code GET /status} both modes share: the server (mode, pid, uptime, phase, memory)
 * and its scoreboard ({@code summary}, one character per unit, and {@code units}, one object per
 * unit). The HTTP front renders the same JSON as text for {@code ?format=text}.
 */
public final class Scoreboard {
  private Scoreboard() {}

  /**
   * @param phase {@code serving}, {@code paused} (restart budget spent, waiting for the cool-down),
   *     {@code canary} (one worker on probation) or {@code halted}
   */
  public static JsonObject server(String mode, String phase) {
    long pid = ProcessHandle.current().pid();
    ProcMemory memory = ProcMemory.of(pid);
    return new JsonObject()
        .put("mode", mode)
        .put("pid", pid)
        .put("uptimeMs", ManagementFactory.getRuntimeMXBean().getUptime())
        .put("phase", phase)
        .put("rssBytes", memory.known() ? memory.rssBytes() : null)
        .put("privateBytes", memory.known() ? memory.privateBytes() : null);
  }

  /** {@code {"summary": "W_S+", "units": [...]}} */
  public static JsonObject of(List<UnitStatus> units) {
    StringBuilder summary = new StringBuilder();
    JsonArray rows = new JsonArray();
    for (UnitStatus u : units) {
      summary.append(u.state().symbol());
      rows.add(u.toJson());
    }
    return new JsonObject()
        .put("summary", summary.toString())
        .put("legend", BoardState.LEGEND)
        .put("units", rows);
  }
}
