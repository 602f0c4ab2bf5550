package dev.faultline.lab.dashboard;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Spots, from one server's successive {@code /status} scoreboards, each unit's new death (its
 * {@code lastDeath} changed) and the moment it serves again (idle or busy under another pid). The
 * first scoreboard seen is the baseline: deaths from before the dashboard came are not news.
 */
final class UnitDeaths {
  private final String target;
  private final EventLog log;
  private final Map<String, String> lastDeathTime = new HashMap<>();
  private final Map<String, Long> lastPid = new HashMap<>();
  private final Map<String, Long> awaitingRecovery = new HashMap<>();
  private final Map<String, Instant> diedAt = new HashMap<>();

  UnitDeaths(String target, EventLog log) {
    this.target = target;
    this.log = log;
  }

  void observe(JsonArray units, boolean baseline) {
    for (Object o : units) {
      JsonObject u = (JsonObject) o;
      String id = u.getString("id");
      JsonObject death = u.getJsonObject("lastDeath");
      String time = death == null ? null : death.getString("time");
      if (!baseline && time != null && !time.equals(lastDeathTime.get(id))) {
        died(id, death);
      }
      lastDeathTime.put(id, time);
      recoverIfServing(id, u);
      lastPid.put(id, u.getLong("pid", 0L));
    }
  }

  /** A server that restarted has new units: forget the old ones, take the new as the baseline. */
  void forget() {
    lastDeathTime.clear();
    lastPid.clear();
    awaitingRecovery.clear();
  }

  private void died(String id, JsonObject death) {
    long pid = lastPid.getOrDefault(id, 0L);
    awaitingRecovery.put(id, pid);
    diedAt.put(id, Instant.parse(death.getString("time")));
    String lost = death.getString("requestLost");
    log.add(
        "death",
        target,
        id
            + (pid > 0 ? " (pid " + pid + ")" : "")
            + " died, "
            + death.getString("causeClass")
            + ": "
            + death.getString("cause")
            + "; lost "
            + (lost == null ? "no request" : lost));
  }

  private void recoverIfServing(String id, JsonObject u) {
    Long deadPid = awaitingRecovery.get(id);
    String state = u.getString("state");
    long pid = u.getLong("pid", 0L);
    if (deadPid == null || pid == deadPid || !("idle".equals(state) || "busy".equals(state))) {
      return;
    }
    awaitingRecovery.remove(id);
    long ms = Duration.between(diedAt.get(id), Instant.now()).toMillis();
    log.add(
        "recovered",
        target,
        id + " serves again as pid " + pid + " (seen " + ms + " ms after the death)");
  }
}
