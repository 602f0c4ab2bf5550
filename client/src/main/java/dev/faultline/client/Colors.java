package dev.faultline.client;

import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * One colour per target in every chart and table: thread mode warm, process mode cool, others by
 * position.
 */
final class Colors {
  private static final List<String> PALETTE =
      List.of(
          "#2b8a3e", "#7048e8", "#e67700", "#0b7285", "#c2255c", "#5c940d", "#495057", "#862e9c");

  private Colors() {}

  static String of(String target, JsonObject targets) {
    if (target.equals("thread")) {
      return "#e8590c";
    }
    if (target.equals("process")) {
      return "#1c7ed6";
    }
    return PALETTE.get(targets.fieldNames().stream().toList().indexOf(target) % PALETTE.size());
  }
}
