package dev.faultline.lab.bench.overhead;

import dev.faultline.supervisor.launch.StartPhases;
import dev.faultline.supervisor.launch.StartPhases.Phase;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a worker's start goes, per way of starting ({@code alone}, {@code 4 starting together}):
 * the median of each {@link StartPhases} phase over the replacements' {@code worker_ready} lines
 * with the median of the classes it loaded where the workers counted them, and the median
 * spawn-to-ready beside them. The medians of the phases need not add up to the median of the whole.
 */
final class StartPhaseTable {
  private final Map<String, List<JsonObject>> byHow = new LinkedHashMap<>();

  /** The ready lines of one way of starting. */
  void add(String how, List<JsonObject> ready) {
    byHow.put(how, ready);
  }

  /** {@code {"alone": {"samples": 6, "readyMs": 180, "spawnToMainMs": 71.2, ...}, ...}} */
  JsonObject toJson() {
    JsonObject json = new JsonObject();
    byHow.forEach((how, ready) -> json.put(how, medians(ready)));
    return json;
  }

  /** One line per phase, one column per way of starting. */
  List<String> rows() {
    List<String> rows = new ArrayList<>();
    StringBuilder head =
        new StringBuilder(
            String.format(
                Locale.ROOT, "%-52s", "worker start, median ms (classes) (JDK " + jdk() + ")"));
    byHow.keySet().forEach(how -> head.append(String.format(Locale.ROOT, " %24s", how)));
    rows.add(head.toString());
    JsonObject json = toJson();
    for (Phase p : Phase.values()) {
      rows.add(row("  " + p.label(), json, p.key(), p.classesKey()));
    }
    rows.add(row("  spawn to ready (whole start)", json, "readyMs", "classes"));
    rows.add(row("  starts measured", json, "samples", null));
    return rows;
  }

  private String row(String label, JsonObject json, String key, String classesKey) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-52s", label));
    for (String how : byHow.keySet()) {
      Double v = json.getJsonObject(how).getDouble(key);
      Double classes = classesKey == null ? null : json.getJsonObject(how).getDouble(classesKey);
      String cell = v == null ? "-" : Goal.format(v);
      if (classes != null) {
        cell += String.format(Locale.ROOT, " (%d)", Math.round(classes));
      }
      line.append(String.format(Locale.ROOT, " %24s", cell));
    }
    return line.toString();
  }

  private static JsonObject medians(List<JsonObject> ready) {
    List<JsonObject> phases =
        ready.stream().map(r -> r.getJsonObject("startPhases")).filter(p -> p != null).toList();
    JsonObject json =
        new JsonObject()
            .put("samples", phases.size())
            .put(
                "readyMs", median(ready.stream().mapToDouble(r -> r.getLong("readyMs")).toArray()));
    for (Phase p : Phase.values()) {
      json.put(p.key(), median(phases.stream().mapToDouble(j -> j.getDouble(p.key())).toArray()));
      json.put(p.classesKey(), median(counts(phases, p.classesKey())));
    }
    double[] classes =
        phases.stream()
            .mapToDouble(StartPhaseTable::classes)
            .filter(c -> !Double.isNaN(c))
            .toArray();
    json.put("classes", median(classes));
    return json;
  }

  /** The counts under {@code key} of the lines that carry one (workers that counted classes). */
  private static double[] counts(List<JsonObject> phases, String key) {
    return phases.stream()
        .filter(j -> j.containsKey(key))
        .mapToDouble(j -> j.getInteger(key))
        .toArray();
  }

  /** All the classes a worker loaded before its hello; NaN when it counted none. */
  private static double classes(JsonObject phases) {
    double sum = 0;
    for (Phase p : Phase.values()) {
      if (p != Phase.HELLO_TO_READY) {
        Integer n = phases.getInteger(p.classesKey());
        if (n == null) {
          return Double.NaN;
        }
        sum += n;
      }
    }
    return sum;
  }

  static Double median(double[] values) {
    if (values.length == 0) {
      return null;
    }
    double[] v = values.clone();
    java.util.Arrays.sort(v);
    return (v[(v.length - 1) / 2] + v[v.length / 2]) / 2;
  }

  private static int jdk() {
    return Runtime.version().feature();
  }
}
