package dev.faultline.lab.dashboard;

import dev.faultline.supervisor.backend.BoardState;
import dev.faultline.supervisor.backend.UnitStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Spots, from one server's successive {@code /status} scoreboards, each unit's new death (its
 * {@code lastDeath} changed) and the moment it serves again (idle or busy under another pid). The
 * first scoreboard seen is the baseline: deaths from before the dashboard came are not news.
 */
final class UnitDeaths {
  private final String target;
  private final EventLog log;
  private final Map<String, Instant> lastDeathTime = new HashMap<>();
  private final Map<String, Long> lastPid = new HashMap<>();
  private final Map<String, Long> awaitingRecovery = new HashMap<>();
  private final Map<String, Instant> diedAt = new HashMap<>();

  UnitDeaths(String target, EventLog log) {
    this.target = target;
    this.log = log;
  }

  void observe(List<UnitStatus> units, boolean baseline) {
    for (UnitStatus u : units) {
      String id = u.id();
      UnitStatus.LastDeath death = u.lastDeath();
      Instant time = death == null ? null : death.time();
      if (!baseline && time != null && !time.equals(lastDeathTime.get(id))) {
        died(id, death);
      }
      lastDeathTime.put(id, time);
      recoverIfServing(id, u);
      lastPid.put(id, u.pid());
    }
  }

  /** A server that restarted has new units: forget the old ones, take the new as the baseline. */
  void forget() {
    lastDeathTime.clear();
    lastPid.clear();
    awaitingRecovery.clear();
  }

  private void died(String id, UnitStatus.LastDeath death) {
    long pid = lastPid.getOrDefault(id, 0L);
    awaitingRecovery.put(id, pid);
    diedAt.put(id, death.time());
    String lost = death.requestLost();
    log.add(
        "death",
        target,
        id
            + (pid > 0 ? " (pid " + pid + ")" : "")
            + " died, "
            + death.causeClass()
            + ": "
            + death.cause()
            + "; lost "
            + (lost == null ? "no request" : lost));
  }

  private void recoverIfServing(String id, UnitStatus u) {
    Long deadPid = awaitingRecovery.get(id);
    BoardState state = u.state();
    long pid = u.pid();
    if (deadPid == null
        || pid == deadPid
        || !(state == BoardState.IDLE || state == BoardState.BUSY)) {
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
