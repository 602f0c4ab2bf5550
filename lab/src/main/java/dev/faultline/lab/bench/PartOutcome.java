package dev.faultline.lab.bench;

import dev.faultline.lab.bench.part.Part;
import dev.faultline.lab.bench.part.PartResult;
import io.vertx.core.json.JsonObject;

/** How one part ended: its result, or why it has none (it failed, or ran out of time). */
record PartOutcome(Part part, PartResult result, String failure, long durationMs) {
  boolean ok() {
    return result != null;
  }

  JsonObject toJson() {
    JsonObject j =
        new JsonObject()
            .put("part", part.name())
            .put("ok", ok())
            .put("durationMs", durationMs)
            .put("boundMs", part.bound().toMillis());
    return ok() ? j.put("data", result.data()) : j.put("failure", failure);
  }
}
