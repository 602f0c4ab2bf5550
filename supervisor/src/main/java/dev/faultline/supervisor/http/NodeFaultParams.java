package dev.faultline.supervisor.http;

import dev.faultline.chaos.ChaosGuard;
import dev.faultline.supervisor.backend.NodeFault;
import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Locale;

/**
 * The parameters of {@code GET /chaos/node?node=<n>&fault=kill|pause|partition[&ms=<ms>]}, checked
 * like a fault on {@code /work}: the chaos token first (403), then each parameter (400 naming it).
 * A pause or partition needs {@code ms}, 1 to {@link NodeFault#MAX_MS}; a kill takes none.
 */
final class NodeFaultParams {
  private NodeFaultParams() {}

  static NodeFault parse(MultiMap params, String token, ChaosGuard guard) {
    ChaosGuard.Verdict verdict = guard.check(token);
    if (verdict != ChaosGuard.Verdict.ALLOWED) {
      throw new BadRequest(
          403, "chaos_forbidden", verdict.reason(), new JsonObject().put("parameter", "fault"));
    }
    NodeFault.Kind kind = kind(params.get("fault"));
    int node = number(params, "node", 1, 1_000);
    if (kind == NodeFault.Kind.KILL) {
      if (params.contains("ms")) {
        throw BadRequest.parameter("ms", "ms is for pause and partition; a kill takes none");
      }
      return new NodeFault(kind, node, 0);
    }
    return new NodeFault(kind, node, number(params, "ms", 1, NodeFault.MAX_MS));
  }

  private static NodeFault.Kind kind(String text) {
    if (text != null && NodeFault.names().contains(text)) {
      return NodeFault.Kind.valueOf(text.toUpperCase(Locale.ROOT));
    }
    throw new BadRequest(
        400,
        "bad_parameter",
        "fault must be one of " + NodeFault.names() + ", but was '" + text + "'",
        new JsonObject().put("parameter", "fault").put("valid", new JsonArray(NodeFault.names())));
  }

  private static int number(MultiMap params, String name, int min, int max) {
    String text = params.get(name);
    if (text == null || text.isEmpty()) {
      throw BadRequest.parameter(
          name, name + " is required, e.g. /chaos/node?node=2&fault=pause&ms=1000");
    }
    long value;
    try {
      value = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw BadRequest.parameter(name, name + " must be a whole number, but was '" + text + "'");
    }
    if (value < min || value > max) {
      throw BadRequest.parameter(
          name, name + " must be between " + min + " and " + max + ", but was " + value);
    }
    return (int) value;
  }
}
