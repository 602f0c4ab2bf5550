package dev.faultline.client;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Renders target summaries side by side, one column per target, one row per figure. */
final class ReportTable {
  private record Row(String label, Function<JsonObject, String> cell) {}

  private static final List<Row> ROWS = List.of(
      new Row("requests sent", j -> count(j, "sent")),
      new Row("ok (correct 200)", j -> count(j, "ok")),
      new Row("failed (no correct answer)", j -> count(j, "failed")),
      new Row("poisoned (carried a fault)", j -> count(j, "poisoned")),
      new Row("collateral failures (no fault)", j -> count(j, "collateralFailures")),
      new Row("wrong answers (200, bad digest)", j -> count(j, "wrongAnswers")),
      new Row("availability (no-fault requests)",
          j -> String.format(Locale.ROOT, "%.3f%%", 100 * j.getDouble("availability"))),
      new Row("latency p50 (ms)", j -> ms(j, "p50")),
      new Row("latency p99 (ms)", j -> ms(j, "p99")),
      new Row("latency max (ms)", j -> ms(j, "max")),
      new Row("server restarts", j -> count(j, "serverRestarts")),
      new Row("worker restarts", j -> count(j, "workerRestarts")));

  private ReportTable() {}

  static String render(Map<String, JsonObject> targets) {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-34s", ""));
    targets.keySet().forEach(name -> out.append(String.format(Locale.ROOT, "%14s", name)));
    out.append('\n');
    for (Row row : ROWS) {
      if (targets.values().stream().allMatch(j -> row.cell().apply(j).isEmpty())) {
        continue;
      }
      out.append(String.format(Locale.ROOT, "%-34s", row.label()));
      targets.values().forEach(j -> out.append(String.format(Locale.ROOT, "%14s", row.cell().apply(j))));
      out.append('\n');
    }
    return out.toString();
  }

  private static String count(JsonObject j, String key) {
    Object v = j.getValue(key);
    return v == null ? "" : String.valueOf(v);
  }

  private static String ms(JsonObject j, String key) {
    return String.format(Locale.ROOT, "%.3f", j.getJsonObject("latencyMs").getDouble(key));
  }
}
