package dev.faultline.lab.observe;

import dev.faultline.supervisor.backend.UnitStatus;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One answer of a server's {@code GET /status}, as the lab reads it: the one place in the lab that
 * knows the fields, so the demo, the soak, the matrix, the dashboard and the tests agree on what
 * they mean, and on one definition of full strength ({@link #atFullStrength}).
 */
public record ServerStatus(JsonObject json) {
  /** Unit states that take requests: a worker's or thread's, and a cluster node's. */
  private static final Set<String> SERVING = Set.of("ready", "idle", "busy", "reachable");

  /** The list of the server's own units, by mode: workers, threads, nodes. */
  private static final List<String> UNIT_LISTS = List.of("workers", "threads", "nodes");

  /**
   * A unit of the server's own list ({@code workers} or {@code threads}) as the matrix counts it.
   */
  public record Unit(String state, long busyMs, int inFlight) {
    /** Ready, idle or busy: it takes requests. */
    public boolean serving() {
      return SERVING.contains(state);
    }
  }

  /** The longest time some worker took (a silence, a death step), and which pid. */
  public record Longest(double ms, long pid) {}

  public long pid() {
    return json.getLong("pid", 0L);
  }

  public String mode() {
    return json.getString("mode");
  }

  /** {@code serving}, {@code paused}, {@code canary} or {@code halted}. */
  public String phase() {
    return json.getString("phase", "unknown");
  }

  /** Slots (process mode) or threads (thread mode). */
  public long units() {
    return json.getLong("units", 0L);
  }

  /** Slots whose worker serves now (a thread-mode server's threads always do). */
  public long ready() {
    return json.getLong("ready", units());
  }

  public long sparesReady() {
    return json.getLong("sparesReady", 0L);
  }

  /** Workers replaced since the server started (always 0 in thread mode). */
  public long workerRestarts() {
    return json.getLong("workerRestarts", 0L);
  }

  /**
   * Full strength: every slot served by a ready worker, {@code spares} spares ready, the pool not
   * paused. The one definition the lab waits for.
   */
  public boolean atFullStrength(int spares) {
    return ready() == units() && sparesReady() == spares && "serving".equals(phase());
  }

  /** No unit runs a request. */
  public boolean idle() {
    return unitList().stream().allMatch(u -> u.inFlight() == 0);
  }

  /**
   * The server's own units: its workers in process mode, its threads in thread mode, its nodes in
   * cluster mode (a node serves while the front finds it reachable).
   */
  public List<Unit> unitList() {
    JsonArray list =
        UNIT_LISTS.stream()
            .filter(json::containsKey)
            .findFirst()
            .map(json::getJsonArray)
            .orElse(null);
    return list == null
        ? List.of()
        : list.stream()
            .map(JsonObject.class::cast)
            .map(
                u ->
                    new Unit(
                        u.getString("state", ""),
                        u.getLong("busyMs", 0L),
                        u.getInteger("inFlight", 0)))
            .toList();
  }

  /**
   * The pids of the workers in {@code state} ({@code ready}, {@code starting}), slots and spares.
   */
  public List<Long> pidsIn(String state) {
    return Stream.concat(array("workers").stream(), array("spares").stream())
        .map(JsonObject.class::cast)
        .filter(w -> state.equals(w.getString("state")) && w.getLong("pid", 0L) > 0)
        .map(w -> w.getLong("pid"))
        .toList();
  }

  /** The pids of the slots' workers, in slot order. */
  public List<Long> workerPids() {
    return array("workers").stream().map(w -> ((JsonObject) w).getLong("pid", 0L)).toList();
  }

  /** The scoreboard as the server drew it ({@code summary}, {@code legend}, {@code units}). */
  public JsonObject scoreboard() {
    return json.getJsonObject("scoreboard", new JsonObject());
  }

  /** The scoreboard's units, read back as the server wrote them. */
  public List<UnitStatus> scoreboardUnits() {
    return scoreboard().getJsonArray("units", new JsonArray()).stream()
        .map(u -> UnitStatus.fromJson((JsonObject) u))
        .toList();
  }

  /** The longest silence of a worker that then spoke again, or null when the mode has none. */
  public Longest longestHeartbeatGap() {
    return longest("longestHeartbeatGapMs", "longestHeartbeatGapPid");
  }

  /** The longest one death held the pool's loop, or null when the mode has none. */
  public Longest longestDeathStep() {
    return longest("longestDeathStepMs", "longestDeathStepPid");
  }

  private Longest longest(String ms, String pid) {
    return json.containsKey(ms) ? new Longest(json.getDouble(ms), json.getLong(pid, 0L)) : null;
  }

  private JsonArray array(String key) {
    return json.getJsonArray(key, new JsonArray());
  }
}
