package dev.faultline.cluster;

import dev.faultline.supervisor.backend.Scoreboard;
import dev.faultline.supervisor.backend.UnitStatus;
import dev.faultline.supervisor.metrics.ProcMemory;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /status} in cluster mode: the front, the cluster (its name, where nodes join), every
 * node ({@code nodes}: state reachable, starting, lost or removed; in flight; served; last loss)
 * and the scoreboard every mode has. Taken in two steps: the table on the backend's loop, then each
 * node's memory from {@code /proc} off it.
 */
final class ClusterStatus {
  private final JsonObject json;
  private final List<UnitStatus> units;

  private ClusterStatus(JsonObject json, List<UnitStatus> units) {
    this.json = json;
    this.units = units;
  }

  /** On the loop: the table as it is now. */
  static ClusterStatus snapshot(NodeTable table, String clusterName, ClusterMember member) {
    long now = System.nanoTime();
    JsonArray nodes = new JsonArray();
    List<UnitStatus> units = new ArrayList<>();
    long served = 0;
    int restarts = 0;
    for (NodeTable.Slot s : table.slots()) {
      restarts += s.history.restarts();
      if (s.node == null) {
        continue;
      }
      served += s.node.served();
      nodes.add(
          s.node
              .toJson(now)
              .put("local", s.local)
              .put("restarts", s.history.restarts())
              .put("lastLoss", s.lastLoss == null ? null : lastLoss(s.lastLoss)));
      units.add(s.node.status(ProcMemory.UNKNOWN, s.history.restarts(), s.lastLoss));
    }
    JsonObject json =
        new JsonObject()
            .put("units", table.slots().size())
            .put("ready", table.reachable())
            .put("served", served)
            .put("workerRestarts", restarts)
            .put("cluster", clusterName)
            .put("joinAddress", member.hazelcastAddress())
            .put("nodes", nodes);
    return new ClusterStatus(json, units);
  }

  private static JsonObject lastLoss(UnitStatus.LastDeath d) {
    return new JsonObject()
        .put("cause", d.cause())
        .put("causeClass", d.causeClass())
        .put("time", d.time().toString())
        .put("requestsLost", d.requestLost());
  }

  /** Off the loop: reads each node's memory and the front's, and renders the whole status. */
  JsonObject withMemory() {
    List<UnitStatus> measured = new ArrayList<>();
    for (UnitStatus u : units) {
      measured.add(
          new UnitStatus(
              u.id(),
              u.pid(),
              u.state(),
              u.served(),
              u.current(),
              ProcMemory.of(u.pid()),
              u.restarts(),
              u.lastDeath()));
    }
    return Scoreboard.server("cluster", "serving")
        .mergeIn(json)
        .put("scoreboard", Scoreboard.of(measured));
  }
}
