package dev.faultline.supervisor.backend;

import dev.faultline.supervisor.metrics.ProcMemory;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Locale;

/**
 * One unit as {@code GET /status} shows it, the same shape in both modes: a thread of the thread
 * server, or a worker JVM (slot or spare) of the process server. A thread has no memory of its own
 * ({@link ProcMemory#UNKNOWN}) and never dies alone, so it has no restarts and no last death.
 *
 * @param current the request it runs now, or null
 * @param lastDeath how the unit's previous worker died, or null
 */
public record UnitStatus(
    String id,
    long pid,
    BoardState state,
    long served,
    CurrentRequest current,
    ProcMemory memory,
    int restarts,
    LastDeath lastDeath) {

  /** The request a unit is running: its id, method and path, and for how long so far. */
  public record CurrentRequest(long id, String path, long runningMs) {
    JsonObject toJson() {
      return new JsonObject().put("id", id).put("path", path).put("runningMs", runningMs);
    }

    static CurrentRequest fromJson(JsonObject o) {
      return o == null
          ? null
          : new CurrentRequest(o.getLong("id"), o.getString("path"), o.getLong("runningMs"));
    }
  }

  /**
   * @param requestLost the request(s) that died with it ({@code 8812 GET /work?...}), or null
   */
  public record LastDeath(String cause, String causeClass, Instant time, String requestLost) {
    JsonObject toJson() {
      return new JsonObject()
          .put("cause", cause)
          .put("causeClass", causeClass)
          .put("time", time.toString())
          .put("requestLost", requestLost);
    }

    static LastDeath fromJson(JsonObject o) {
      return o == null
          ? null
          : new LastDeath(
              o.getString("cause"),
              o.getString("causeClass"),
              Instant.parse(o.getString("time")),
              o.getString("requestLost"));
    }
  }

  public JsonObject toJson() {
    return new JsonObject()
        .put("id", id)
        .put("pid", pid)
        .put("state", state.label())
        .put("served", served)
        .put("current", current == null ? null : current.toJson())
        .put("rssBytes", memory.known() ? memory.rssBytes() : null)
        .put("privateBytes", memory.known() ? memory.privateBytes() : null)
        .put("restarts", restarts)
        .put("lastDeath", lastDeath == null ? null : lastDeath.toJson());
  }

  /** A unit read back from {@code /status}: the inverse of {@link #toJson()}. */
  public static UnitStatus fromJson(JsonObject o) {
    Long rss = o.getLong("rssBytes");
    Long priv = o.getLong("privateBytes");
    return new UnitStatus(
        o.getString("id"),
        o.getLong("pid"),
        BoardState.valueOf(o.getString("state").toUpperCase(Locale.ROOT)),
        o.getLong("served"),
        CurrentRequest.fromJson(o.getJsonObject("current")),
        rss == null ? ProcMemory.UNKNOWN : new ProcMemory(rss, priv),
        o.getInteger("restarts"),
        LastDeath.fromJson(o.getJsonObject("lastDeath")));
  }
}
