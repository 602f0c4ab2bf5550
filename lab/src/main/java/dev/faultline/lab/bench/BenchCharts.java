package dev.faultline.lab.bench;

import dev.faultline.client.page.Chart;
import dev.faultline.client.page.Palette;
import dev.faultline.client.page.Series;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The charts of the bench page, each from its part's {@code data} in the report JSON, with the
 * kinds, placements, creations and snapshots the data holds: IPC round trips per kind and
 * placement, creation costs, private memory of one more unit and of each whole mode. A part that
 * did not run has no chart.
 */
final class BenchCharts {
  private static final List<String> PLACEMENT_COLORS = List.of("#1c7ed6", "#e8590c", "#2b8a3e");

  private final JsonArray parts;

  BenchCharts(JsonArray parts) {
    this.parts = parts;
  }

  List<Chart> all() {
    List<Chart> charts = new ArrayList<>();
    data("ipc").ifPresent(d -> charts.addAll(ipc(d.getJsonArray("kinds"))));
    data("spawn").ifPresent(d -> charts.add(creation(d)));
    data("memory").ifPresent(d -> charts.addAll(memory(d)));
    return charts;
  }

  private Optional<JsonObject> data(String part) {
    return parts.stream()
        .map(JsonObject.class::cast)
        .filter(p -> p.getString("part").equals(part) && p.getBoolean("ok"))
        .map(p -> p.getJsonObject("data"))
        .findFirst();
  }

  /** A bar per kind and placement, log scale: p50 and p99. */
  static List<Chart> ipc(JsonArray kinds) {
    LinkedHashSet<String> names = new LinkedHashSet<>();
    LinkedHashSet<String> placements = new LinkedHashSet<>();
    kinds.forEach(
        o -> {
          names.add(((JsonObject) o).getString("kind"));
          placements.add(((JsonObject) o).getString("placement"));
        });
    List<Chart> charts = new ArrayList<>();
    for (String stat : List.of("p50Us", "p99Us")) {
      Chart c =
          Chart.categories(
              "64-byte IPC round trip, "
                  + stat.substring(0, 3)
                  + ", µs (log scale; no bar: could not run)",
              "kind",
              "µs",
              List.copyOf(names));
      int i = 0;
      for (String where : placements) {
        List<Double> v = new ArrayList<>();
        for (String kind : names) {
          v.add(stat(kinds, kind, where, stat));
        }
        c.add(Series.bars(where, PLACEMENT_COLORS.get(i++ % PLACEMENT_COLORS.size()), v));
      }
      charts.add(c.logY().groupBars());
    }
    return charts;
  }

  /** The kind's figure at the placement, or null: not measured, or it could not run. */
  private static Double stat(JsonArray kinds, String kind, String where, String stat) {
    for (Object o : kinds) {
      JsonObject k = (JsonObject) o;
      if (k.getString("kind").equals(kind) && k.getString("placement").equals(where)) {
        return k.getDouble(stat);
      }
    }
    return null;
  }

  /** Every median of the spawn part in µs, log scale; thread creations in thread colour. */
  static Chart creation(JsonObject numbers) {
    List<String> keys =
        numbers.fieldNames().stream().filter(k -> k.endsWith("Us") || k.endsWith("Ms")).toList();
    List<String> labels = keys.stream().map(k -> k.substring(0, k.length() - 2)).toList();
    List<Double> thread = new ArrayList<>();
    List<Double> process = new ArrayList<>();
    for (String k : keys) {
      double us = numbers.getDouble(k) * (k.endsWith("Ms") ? 1000 : 1);
      thread.add(k.startsWith("thread") ? us : null);
      process.add(k.startsWith("thread") ? null : us);
    }
    return Chart.categories("Creation cost, median, µs (log scale)", "creation", "µs", labels)
        .add(Series.bars("a thread", Palette.THREAD, thread))
        .add(Series.bars("a process", Palette.PROCESS, process))
        .logY();
  }

  /**
   * One more thread against one more worker JVM (private KiB, log scale), and each whole mode's PSS
   * in every snapshot the part took (idle, after load).
   */
  static List<Chart> memory(JsonObject d) {
    List<String> snapshots =
        d.fieldNames().stream()
            .filter(k -> d.getValue(k) instanceof JsonObject o && o.containsKey("workerPrivateKib"))
            .toList();
    List<String> unit = new ArrayList<>(List.of("one more thread"));
    List<Double> thread = new ArrayList<>(List.of(d.getDouble("threadPrivateKib")));
    List<Double> worker = new ArrayList<>();
    worker.add(null);
    for (String s : snapshots) {
      unit.add("one more worker JVM (" + s + ")");
      thread.add(null);
      worker.add(d.getJsonObject(s).getDouble("workerPrivateKib"));
    }
    Chart perUnit =
        Chart.categories("Private memory of one more unit, KiB (log scale)", "unit", "KiB", unit)
            .add(Series.bars("thread", Palette.THREAD, thread))
            .add(Series.bars("worker JVM", Palette.PROCESS, worker))
            .logY();
    Chart whole =
        Chart.categories("Whole mode, PSS, MiB", "snapshot", "MiB", snapshots)
            .add(Series.bars("thread mode", Palette.THREAD, mib(d, snapshots, "threadModePssKib")))
            .add(
                Series.bars(
                    "process mode", Palette.PROCESS, mib(d, snapshots, "processModePssKib")))
            .groupBars();
    return List.of(perUnit, whole);
  }

  private static List<Double> mib(JsonObject d, List<String> snapshots, String key) {
    return snapshots.stream().map(s -> d.getJsonObject(s).getDouble(key) / 1024).toList();
  }
}
