package dev.faultline.lab.bench;

import dev.faultline.lab.bench.part.MarkdownTable;
import dev.faultline.lab.bench.verdict.ClaimResult;
import dev.faultline.lab.bench.verdict.LessonClaim;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A finished benchmark with stable field names: {@code {"claims": [{"claim", "text", "part",
 * "measured", "numbers", "verdict", "sentence"}] (always seven), "parts": [{"part", "ok",
 * "durationMs", "data" | "failure"}], "run": {...}}}, and the same as Markdown.
 */
record BenchReport(List<PartOutcome> outcomes, Instant startedAt, Instant endedAt) {

  /** One row per claim of the lesson, in its order; a claim whose part has no result says why. */
  List<ClaimResult> claims() {
    return Arrays.stream(LessonClaim.values()).map(this::claim).toList();
  }

  private ClaimResult claim(LessonClaim c) {
    for (PartOutcome o : outcomes) {
      if (o.part().claim() == c) {
        return o.ok() && o.result().claim() != null
            ? o.result().claim()
            : ClaimResult.notMeasured(
                c, o.part().name(), "part " + o.part().name() + " " + o.failure());
      }
    }
    return ClaimResult.notMeasured(c, "", "its part was not run");
  }

  JsonObject toJson() {
    JsonArray claims = new JsonArray();
    claims().forEach(c -> claims.add(c.toJson()));
    JsonArray parts = new JsonArray();
    outcomes.forEach(o -> parts.add(o.toJson()));
    return new JsonObject().put("claims", claims).put("parts", parts).put("run", run());
  }

  private JsonObject run() {
    return new JsonObject()
        .put("startedAt", startedAt.toString())
        .put("durationMs", Duration.between(startedAt, endedAt).toMillis())
        .put("machine", Machine.describe());
  }

  String claimsText() {
    StringBuilder b = new StringBuilder("The lesson, measured:\n");
    for (ClaimResult c : claims()) {
      b.append(
          String.format(
              Locale.ROOT,
              "  %d. %-20s %s%n",
              c.claim().number(),
              c.judgement().verdict().label(),
              c.judgement().sentence()));
    }
    return b.toString();
  }

  String markdown() {
    StringBuilder b = new StringBuilder("# faultline bench\n\n");
    b.append(
        String.format(
            Locale.ROOT,
            "Run %s on %s, %.1f s.%n%n",
            startedAt,
            Machine.describe(),
            Duration.between(startedAt, endedAt).toMillis() / 1000.0));
    MarkdownTable t = new MarkdownTable("#", "claim", "measured", "numbers", "verdict");
    for (ClaimResult c : claims()) {
      t.row(
          c.claim().number(),
          c.claim().text(),
          c.measured(),
          numbers(c.numbers()),
          "**" + c.judgement().verdict().label() + "**: " + c.judgement().sentence());
    }
    b.append(t);
    for (PartOutcome o : outcomes) {
      b.append("\n## ").append(o.part().name()).append("\n\n");
      b.append(o.ok() ? o.result().markdown() : "Not measured: " + o.failure() + "\n");
    }
    return b.toString();
  }

  /** {@code "a": 1.0, "b": {...}} as {@code a 1.0; b ...}, compact enough for a table cell. */
  static String numbers(JsonObject n) {
    StringBuilder b = new StringBuilder();
    n.forEach(
        e -> {
          if (b.length() > 0) {
            b.append("; ");
          }
          b.append(e.getKey()).append(' ').append(cell(e.getValue()));
        });
    return b.toString();
  }

  private static String cell(Object v) {
    if (v instanceof JsonObject o) {
      return "{" + numbers(o) + "}";
    }
    if (v instanceof Integer || v instanceof Long) {
      return String.format(Locale.ROOT, "%,d", ((Number) v).longValue());
    }
    return v instanceof Number x ? MarkdownTable.num(x.doubleValue()) : String.valueOf(v);
  }
}
