package dev.faultline.lab.matrix;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Set;

/**
 * How many of a server's units are lost at the end of a window, read from its {@code /status}: a
 * unit is lost when it is dead or not yet back (a worker not {@code ready}) or stuck (its current
 * job has run for {@code stuckAfterMs} or more: background jobs take milliseconds). A server that
 * is dead or does not answer {@code /status} has lost every unit: no client can reach any of them.
 */
final class CapacityLost {
  private static final Set<String> SERVING = Set.of("ready", "idle", "busy");

  private CapacityLost() {}

  /**
   * @param status the server's {@code /status}, or null when it did not answer
   */
  static int count(JsonObject status, int units, long stuckAfterMs) {
    if (status == null) {
      return units;
    }
    JsonArray list =
        status.containsKey("workers")
            ? status.getJsonArray("workers")
            : status.getJsonArray("threads");
    if (list == null) {
      return units;
    }
    int lost = Math.max(0, units - list.size());
    for (int i = 0; i < list.size(); i++) {
      JsonObject unit = list.getJsonObject(i);
      boolean serving = SERVING.contains(unit.getString("state", ""));
      lost += !serving || unit.getLong("busyMs", 0L) >= stuckAfterMs ? 1 : 0;
    }
    return lost;
  }
}
