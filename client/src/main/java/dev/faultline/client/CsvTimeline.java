package dev.faultline.client;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The per-second timeline as CSV, one row per target and second (the second each request was due
 * in), one column per error class, and an {@code events} column naming the faults injected and the
 * target's restarts in that second. Empty latency cells mean no request without a fault.
 */
final class CsvTimeline {
  private static final List<String> COUNTS =
      List.of("sent", "ok", "failed", "poisoned", "collateralFailures", "wrongAnswers", "late");

  private CsvTimeline() {}

  static String render(JsonObject report) {
    StringBuilder out = new StringBuilder(header()).append('\n');
    Map<Long, List<String>> faults =
        bySecond(report.getJsonObject("run").getJsonArray("faults"), "fault");
    JsonObject targets = report.getJsonObject("targets");
    for (String name : targets.fieldNames()) {
      JsonObject t = targets.getJsonObject(name);
      Map<Long, List<String>> events = bySecond(t.getJsonArray("events"), "kind");
      for (Object o : t.getJsonArray("timeline")) {
        JsonObject row = (JsonObject) o;
        out.append(line(name, row, faults, events)).append('\n');
      }
    }
    return out.toString();
  }

  static String header() {
    List<String> cols = new ArrayList<>(List.of("target", "second"));
    cols.addAll(COUNTS.stream().map(CsvTimeline::snake).toList());
    cols.add("availability");
    for (ErrorClass c : ErrorClass.values()) {
      cols.add(c.label());
    }
    cols.addAll(List.of("p50_ms", "p99_ms", "max_ms", "uncorrected_p99_ms", "events"));
    return String.join(",", cols);
  }

  private static String line(
      String target,
      JsonObject row,
      Map<Long, List<String>> faults,
      Map<Long, List<String>> events) {
    long second = row.getLong("second");
    List<String> cells = new ArrayList<>(List.of(target, String.valueOf(second)));
    COUNTS.forEach(k -> cells.add(String.valueOf(row.getLong(k))));
    cells.add(cell(row.getValue("availability")));
    JsonObject errors = row.getJsonObject("errors");
    for (ErrorClass c : ErrorClass.values()) {
      cells.add(String.valueOf(errors.getLong(c.label(), 0L)));
    }
    JsonObject latency = row.getJsonObject("latencyMs");
    List.of("p50", "p99", "max", "uncorrectedP99")
        .forEach(k -> cells.add(cell(latency.getValue(k))));
    List<String> marks =
        new ArrayList<>(
            faults.getOrDefault(second, List.of()).stream().map(f -> "fault " + f).toList());
    marks.addAll(events.getOrDefault(second, List.of()));
    cells.add(String.join("; ", marks));
    return String.join(",", cells);
  }

  private static Map<Long, List<String>> bySecond(JsonArray items, String field) {
    Map<Long, List<String>> out = new TreeMap<>();
    for (Object o : items) {
      JsonObject item = (JsonObject) o;
      out.computeIfAbsent(item.getLong("atMs") / 1000, k -> new ArrayList<>())
          .add(item.getString(field));
    }
    return out;
  }

  private static String cell(Object v) {
    return v == null ? "" : String.valueOf(v);
  }

  private static String snake(String camel) {
    return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }
}
