package dev.faultline.client;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Renders target summaries side by side, one column per target, one row per figure. Rows no target
 * has (restart counts outside the demo, error classes that did not occur) are left out.
 */
final class ReportTable {
  /** {@code optional}: left out when no target has a figure other than 0. */
  private record Row(String label, Function<JsonObject, String> cell, boolean optional) {
    Row(String label, Function<JsonObject, String> cell) {
      this(label, cell, false);
    }

    boolean shownFor(Iterable<JsonObject> targets) {
      for (JsonObject j : targets) {
        String c = cell.apply(j);
        if (!c.isEmpty() && !(optional && c.equals("0"))) {
          return true;
        }
      }
      return false;
    }
  }

  private static final List<Row> HEAD =
      List.of(
          new Row("requests sent", j -> count(j, "sent")),
          new Row("ok (correct 200)", j -> count(j, "ok")),
          new Row("failed (no correct answer)", j -> count(j, "failed")),
          new Row("poisoned (carried a fault)", j -> count(j, "poisoned")),
          new Row("collateral failures (no fault)", j -> count(j, "collateralFailures")));

  private static final List<Row> TAIL =
      List.of(
          new Row("wrong answers (200, bad digest)", j -> count(j, "wrongAnswers")),
          new Row(
              "availability (no-fault requests)",
              j -> String.format(Locale.ROOT, "%.3f%%", 100 * j.getDouble("availability"))),
          new Row("latency p50 (ms)", j -> ms(j, "latencyMs", "p50")),
          new Row("latency p99 (ms)", j -> ms(j, "latencyMs", "p99")),
          new Row("latency max (ms)", j -> ms(j, "latencyMs", "max")),
          new Row("latency p99 uncorrected (ms)", j -> ms(j, "uncorrectedLatencyMs", "p99")),
          new Row(
              "sent late (> " + LoadRun.LATE_AFTER.toMillis() + " ms behind)",
              j -> count(j, "late")),
          new Row("not sent (run ended first)", j -> count(j, "notSent"), true),
          new Row("server restarts", j -> count(j, "serverRestarts")),
          new Row("worker restarts", j -> count(j, "workerRestarts")));

  private ReportTable() {}

  static String render(Map<String, JsonObject> targets) {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-34s", ""));
    targets.keySet().forEach(name -> out.append(String.format(Locale.ROOT, "%14s", name)));
    out.append('\n');
    for (List<String> line : lines(targets)) {
      out.append(String.format(Locale.ROOT, "%-34s", line.get(0)));
      line.subList(1, line.size())
          .forEach(cell -> out.append(String.format(Locale.ROOT, "%14s", cell)));
      out.append('\n');
    }
    return out.toString();
  }

  /** The rows shown, each as its label followed by one cell per target. */
  static List<List<String>> lines(Map<String, JsonObject> targets) {
    List<List<String>> out = new ArrayList<>();
    for (Row row : rows()) {
      if (row.shownFor(targets.values())) {
        List<String> line = new ArrayList<>(List.of(row.label()));
        targets.values().forEach(j -> line.add(row.cell().apply(j)));
        out.add(line);
      }
    }
    return out;
  }

  /**
   * The fixed rows, with one row per error class among requests without a fault after the
   * collateral row.
   */
  private static List<Row> rows() {
    List<Row> rows = new ArrayList<>(HEAD);
    for (ErrorClass c : ErrorClass.values()) {
      rows.add(new Row("  of which " + c.label(), j -> byClass(j, c), true));
    }
    rows.addAll(TAIL);
    return rows;
  }

  private static String byClass(JsonObject j, ErrorClass c) {
    JsonObject classes = j.getJsonObject("errorClasses");
    return classes == null
        ? ""
        : String.valueOf(classes.getJsonObject("bystanders").getLong(c.label(), 0L));
  }

  private static String count(JsonObject j, String key) {
    Object v = j.getValue(key);
    return v == null ? "" : String.valueOf(v);
  }

  private static String ms(JsonObject j, String group, String key) {
    JsonObject g = j.getJsonObject(group);
    if (g == null) {
      return "";
    }
    Double v = g.getDouble(key);
    return v == null ? "-" : String.format(Locale.ROOT, "%.3f", v);
  }
}
