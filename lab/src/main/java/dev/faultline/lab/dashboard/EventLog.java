package dev.faultline.lab.dashboard;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What happened, newest last, as the page lists it: a server down or back, a worker's death (cause,
 * request lost) and its recovery, a fault sent and its answer, load started or stopped. Bounded:
 * only the most recent events are kept. Touched on the dashboard's context only.
 */
final class EventLog {
  private static final int KEEP = 60;
  private final Deque<JsonObject> events = new ArrayDeque<>();
  private long seq;

  /**
   * @param kind {@code down}, {@code back}, {@code death}, {@code recovered}, {@code inject},
   *     {@code answer}, {@code load}
   * @param target the target's name, or null for the dashboard itself
   */
  void add(String kind, String target, String text) {
    events.addLast(
        new JsonObject()
            .put("seq", ++seq)
            .put("at", System.currentTimeMillis())
            .put("kind", kind)
            .put("target", target)
            .put("text", text));
    if (events.size() > KEEP) {
      events.removeFirst();
    }
  }

  JsonArray toJson() {
    return new JsonArray(events.stream().map(JsonObject::copy).toList());
  }
}
