package dev.faultline.lab.matrix;

import dev.faultline.config.Durations;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A finished matrix with stable field names: {@code {"rows": [{"fault", "mode", "valid",
 * "serverSurvived", "collateralFailures", "wrongAnswers", "recoveryMs", "capacityLost",
 * "baselineP99Ms", "windowP99Ms", ...}], "run": {...}}}, and the same as Markdown.
 */
record MatrixReport(
    List<MatrixRow> rows, MatrixSettings settings, Instant startedAt, long durationMs) {

  boolean allValid() {
    return rows.stream().allMatch(MatrixRow::valid);
  }

  JsonObject toJson() {
    JsonArray r = new JsonArray();
    rows.forEach(row -> r.add(row.toJson()));
    return new JsonObject().put("rows", r).put("run", run());
  }

  private JsonObject run() {
    MatrixSettings s = settings;
    return new JsonObject()
        .put("startedAt", startedAt.toString())
        .put("durationMs", durationMs)
        .put("workers", s.workers())
        .put("rate", s.rate())
        .put("cost", s.cost())
        .put("unitHeapMb", s.unitHeapMb())
        .put("warmup", Durations.format(s.warmup()))
        .put("baseline", Durations.format(s.baseline()))
        .put("window", Durations.format(s.window()))
        .put("timeout", Durations.format(s.timeout()))
        .put("stuckAfter", Durations.format(s.stuckAfter()))
        .put("maxOpenFiles", s.maxOpenFiles())
        .put("seed", s.seed())
        .put("machine", machine());
  }

  /** {@code 2 cores, Linux 6.1.0 amd64, OpenJDK 64-Bit Server VM 17.0.15} */
  static String machine() {
    return String.format(
        Locale.ROOT,
        "%d cores, %s %s %s, %s %s",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        System.getProperty("os.arch"),
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"));
  }

  String markdown() {
    StringBuilder b = new StringBuilder("# faultline matrix\n\n");
    b.append(
        String.format(
            Locale.ROOT,
            "Run %s on %s, %.1f s; %d units per server, %.0f req/s of background load "
                + "per server, windows of %s after a baseline of %s.%n%n",
            startedAt,
            machine(),
            durationMs / 1000.0,
            settings.workers(),
            settings.rate(),
            Durations.format(settings.window()),
            Durations.format(settings.baseline())));
    b.append(MatrixTable.markdown(rows));
    rows.stream()
        .filter(r -> !r.valid())
        .forEach(
            r ->
                b.append("\nInvalid, not counted: ")
                    .append(r.fault())
                    .append(' ')
                    .append(r.mode())
                    .append(": ")
                    .append(r.invalidReason())
                    .append('\n'));
    return b.toString();
  }
}
