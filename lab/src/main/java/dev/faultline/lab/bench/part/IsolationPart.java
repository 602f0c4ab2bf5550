package dev.faultline.lab.bench.part;

import dev.faultline.config.Durations;
import dev.faultline.config.Mode;
import dev.faultline.config.ServerSettings;
import dev.faultline.lab.bench.verdict.ClaimResult;
import dev.faultline.lab.bench.verdict.IsolationRule;
import dev.faultline.lab.bench.verdict.LessonClaim;
import dev.faultline.lab.demo.Console;
import dev.faultline.lab.matrix.MatrixRunner;
import dev.faultline.lab.matrix.MatrixSettings;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Claim 6, from the fault matrix: the rows of a given {@code --matrix-json}, or else of a short
 * matrix run through {@link MatrixRunner} (the matrix's own runner, reading the report it writes)
 * of the faults that decide the claim. Only faults with a valid row in both modes count.
 */
final class IsolationPart implements Part {
  /** The faults that decide the claim: the last two are the ones the JVM contains in a thread. */
  static final List<String> FAULTS =
      List.of("segfault", "exit", "oom", "corrupt", "exception", "stack-overflow");

  /**
   * What one fault's trial (two fresh servers, warm-up, baseline, window) needs on a busy machine.
   */
  static final Duration PER_FAULT = Duration.ofSeconds(25);

  @Override
  public String name() {
    return "isolation";
  }

  @Override
  public LessonClaim claim() {
    return LessonClaim.ISOLATION;
  }

  @Override
  public Duration bound() {
    return Duration.ofSeconds(180);
  }

  @Override
  public PartResult run(PartContext ctx) throws Exception {
    Path json = ctx.settings().matrixJson();
    if (json == null) {
      json = runShortMatrix(ctx);
    } else {
      ctx.say("reading the matrix report " + json);
    }
    JsonArray rows = new JsonObject(Files.readString(json)).getJsonArray("rows");
    List<IsolationRule.Fault> faults = faults(rows);
    faults.forEach(f -> ctx.say(f.toString()));
    JsonObject numbers = new JsonObject().put("matrixReport", json.toString());
    faults.forEach(
        f ->
            numbers.put(
                f.fault(),
                new JsonObject()
                    .put("threadServerSurvived", f.threadSurvived())
                    .put("threadWrongAnswers", f.threadWrongAnswers())
                    .put("processServerSurvived", f.processSurvived())
                    .put("processCollateralFailures", f.processCollateral())));
    JsonArray notRun =
        new JsonObject(Files.readString(json)).getJsonArray("notRun", new JsonArray());
    if (!notRun.isEmpty()) {
      numbers.put("faultsNotRun", notRun);
    }
    ClaimResult claim =
        new ClaimResult(
            claim(),
            name(),
            "the fault matrix, per fault: did each server survive, wrong answers (thread), "
                + "requests failed (process)",
            numbers,
            IsolationRule.judge(faults));
    return new PartResult(name(), new JsonObject().put("rows", rows), claim, markdown(faults));
  }

  /**
   * One {@link MatrixRunner} per fault, so that a slow machine that cannot run all of them within
   * the part's bound still yields the rows of those it ran: a fault is started only while {@link
   * #PER_FAULT} is left. The rows of all of them go into one {@code matrix.json}.
   */
  private static Path runShortMatrix(PartContext ctx) throws Exception {
    JsonArray rows = new JsonArray();
    List<String> skipped = new ArrayList<>();
    for (String fault : FAULTS) {
      if (ctx.left().compareTo(PER_FAULT) < 0) {
        skipped.add(fault);
        continue;
      }
      Path json = ctx.dir().resolve("matrix-" + fault + ".json");
      ctx.say("matrix trial of " + fault + ", both modes");
      new MatrixRunner(matrixSettings(ctx, fault, json), new Console(System.out)).run();
      rows.addAll(new JsonObject(Files.readString(json)).getJsonArray("rows"));
    }
    if (!skipped.isEmpty()) {
      ctx.say("no time left for " + skipped + ": they are not counted");
    }
    Path all = ctx.dir().resolve("matrix.json");
    Files.writeString(
        all, new JsonObject().put("rows", rows).put("notRun", skipped).encodePrettily());
    return all;
  }

  private static MatrixSettings matrixSettings(PartContext ctx, String fault, Path json) {
    return new MatrixSettings(
        List.of(fault),
        List.of(Mode.THREAD, Mode.PROCESS), // the claim compares these two
        MatrixSettings.DEFAULT_WORKERS,
        MatrixSettings.DEFAULT_RATE,
        10,
        ServerSettings.DEFAULT_UNIT_HEAP_MB,
        Duration.ofSeconds(1),
        Duration.ofSeconds(1),
        ctx.settings().matrixWindow(),
        Duration.ofSeconds(3),
        Durations.parse("stuck-after", MatrixSettings.DEFAULT_STUCK_AFTER),
        MatrixSettings.DEFAULT_MAX_OPEN_FILES,
        System.nanoTime(),
        json,
        null,
        null,
        ctx.dir().resolve("matrix-" + fault));
  }

  /** Per fault, its last valid row in each mode; faults without both are left out. */
  static List<IsolationRule.Fault> faults(JsonArray rows) {
    Map<String, JsonObject[]> byFault = new TreeMap<>();
    for (int i = 0; i < rows.size(); i++) {
      JsonObject r = rows.getJsonObject(i);
      if (r.getBoolean("valid", false)) {
        JsonObject[] modes = byFault.computeIfAbsent(r.getString("fault"), f -> new JsonObject[2]);
        modes["thread".equals(r.getString("mode")) ? 0 : 1] = r;
      }
    }
    List<IsolationRule.Fault> out = new ArrayList<>();
    byFault.forEach(
        (fault, m) -> {
          if (Objects.nonNull(m[0]) && Objects.nonNull(m[1])) {
            out.add(
                new IsolationRule.Fault(
                    fault,
                    m[0].getBoolean("serverSurvived"),
                    m[0].getLong("wrongAnswers", 0L),
                    m[1].getBoolean("serverSurvived"),
                    m[1].getLong("collateralFailures", 0L)));
          }
        });
    return out;
  }

  private static String markdown(List<IsolationRule.Fault> faults) {
    MarkdownTable t =
        new MarkdownTable(
            "fault",
            "thread server survived",
            "thread wrong answers",
            "process server survived",
            "process requests failed");
    faults.forEach(
        f ->
            t.row(
                f.fault(),
                f.threadSurvived() ? "yes" : "no",
                f.threadWrongAnswers(),
                f.processSurvived() ? "yes" : "no",
                f.processCollateral()));
    return t.toString();
  }
}
