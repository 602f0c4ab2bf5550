package dev.faultline.lab.dashboard;

import dev.faultline.config.Target;
import dev.faultline.lab.observe.ServerStatus;
import io.vertx.core.json.JsonObject;

/**
 * One server as the dashboard follows it, from its {@code /status} polled twice a second: up or
 * down (and for how long), its pid, its scoreboard, its load series, and the events its changes
 * make: down, back after N ms (a thread-mode server restarted by its parent), a worker's death and
 * recovery. Touched on the dashboard's context only.
 */
final class TargetWatch {
  final Target target;
  final LiveSeries series = new LiveSeries();
  private final EventLog log;
  private final UnitDeaths deaths;
  private ServerStatus status;

  /** Seen up at least once. */
  private boolean seen;

  private boolean up;
  private long pid;
  private long downSinceMs;
  private String lastFault;
  private long lastFaultAtMs;
  private int timeoutsInARow;
  boolean polling;

  TargetWatch(Target target, EventLog log) {
    this.target = target;
    this.log = log;
    this.deaths = new UnitDeaths(target.name(), log);
  }

  void observed(ServerStatus s) {
    timeoutsInARow = 0;
    long newPid = s.pid();
    boolean restarted = seen && pid != 0 && newPid != pid;
    if (restarted && up) {
      down("pid " + pid + " was replaced between two looks");
    }
    if (restarted) {
      deaths.forget();
    }
    if (seen && !up) {
      long ms = System.currentTimeMillis() - downSinceMs;
      log.add("back", target.name(), "server back (pid " + newPid + ") after " + ms + " ms down");
    }
    deaths.observe(s.scoreboardUnits(), !seen || restarted);
    status = s;
    pid = newPid;
    up = true;
    seen = true;
  }

  /**
   * @param timedOut no answer in time: a loaded server may just be slow, so only a second one in a
   *     row counts as down; a refused or reset connection counts at once
   */
  void unreachable(String why, boolean timedOut) {
    timeoutsInARow = timedOut ? timeoutsInARow + 1 : 0;
    if (timedOut && timeoutsInARow < 2) {
      return;
    }
    if (up) {
      down(why);
    }
    up = false; // never seen up yet: not news, it is still starting
  }

  void faultSent(String fault) {
    lastFault = fault;
    lastFaultAtMs = System.currentTimeMillis();
  }

  private void down(String why) {
    up = false;
    downSinceMs = System.currentTimeMillis();
    String suspect =
        lastFault != null && downSinceMs - lastFaultAtMs < 10_000
            ? "; " + lastFault + " was sent " + (downSinceMs - lastFaultAtMs) + " ms before"
            : "";
    log.add(
        "down",
        target.name(),
        "server down (pid " + pid + "): " + why + suspect + "; every request in it was lost");
  }

  JsonObject toJson() {
    JsonObject board = status == null ? new JsonObject() : status.scoreboard();
    return new JsonObject()
        .put("name", target.name())
        .put("url", target.url())
        .put("up", up)
        .put("pid", pid)
        .put("downMs", up ? 0 : System.currentTimeMillis() - downSinceMs)
        .put("mode", status == null ? null : status.mode())
        .put("phase", status == null ? null : status.phase())
        .put("scoreboard", board)
        .put("series", series.toJson());
  }
}
