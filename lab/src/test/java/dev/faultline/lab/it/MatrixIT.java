package dev.faultline.lab.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.faultline.chaos.FaultCatalogue;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code faultline matrix} end to end, with every fault of the catalogue in both modes: real server
 * and worker JVMs, real faults, real HTTP. Short phases keep it near two minutes; the assertions
 * are the issue's "must show" conditions, read from the JSON report; then its HTML page in the real
 * browser ({@link ReportBrowser}): the two summary charts and a timeline per fault drew.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class MatrixIT {
  private static final Set<String> SLOWING = Set.of("cpu-hog", "slow");
  private static final Set<String> KILLING = Set.of("segfault", "exit", "halt");

  @TempDir(cleanup = CleanupMode.ON_SUCCESS)
  Path tmp; // kept for reading when the test fails

  @Test
  void shouldMeasureEveryFaultInBothModesAsTheIssueRequires() throws Exception {
    Path runDir = tmp.resolve("matrix-run");
    Path json = tmp.resolve("m.json");
    Path md = tmp.resolve("m.md");
    Path html = tmp.resolve("matrix.html");
    Path out = tmp.resolve("matrix.out");
    Process matrix = start(runDir, json, md, html, out);
    try {
      await("matrix exit")
          .atMost(Duration.ofSeconds(280))
          .pollInterval(Duration.ofMillis(500))
          .until(() -> !matrix.isAlive());
      String stdout = Files.readString(out, StandardCharsets.UTF_8);
      assertThat(json).as("JSON report; output:%n%s", stdout).exists();
      Map<String, JsonObject> rows = rowsByFaultAndMode(new JsonObject(Files.readString(json)));
      assertThat(rows.keySet())
          .as("a row per fault per mode")
          .hasSize(2 * FaultCatalogue.names().size());
      rows.values()
          .forEach(
              r -> assertThat(r.getBoolean("valid")).as("valid: %s%n%s", r, serverLog(r)).isTrue());
      assertThat(matrix.exitValue()).as("matrix exit status; output:%n%s", stdout).isZero();
      await("no process of the matrix left")
          .atMost(Duration.ofSeconds(15))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> ProcessTree.processesMentioning(runDir).isEmpty());
      FaultCatalogue.names().forEach(f -> assertProcessRow(f, rows.get(f + "/process")));
      assertThreadRows(rows);
      assertThat(Files.readString(md))
          .contains("| fault | mode | valid |")
          .contains("| segfault | thread |");
      assertThat(stdout).contains("26 rows, 26 valid");
      try (ReportBrowser browser = ReportBrowser.open(tmp)) {
        List<JsonObject> charts = browser.assertDrawn(html, 2 + FaultCatalogue.names().size());
        assertThat(charts.get(2).getString("title")).startsWith(FaultCatalogue.names().get(0));
      }
    } finally {
      Set<ProcessHandle> leftovers = new LinkedHashSet<>();
      matrix.descendants().forEach(leftovers::add);
      leftovers.addAll(ProcessTree.processesMentioning(runDir));
      ProcessTree.endAll(matrix.toHandle(), leftovers);
    }
  }

  /**
   * The third rung's rows: a fault that kills a JVM kills one node, the front survives it and no
   * answer is wrong. Not yet asserted: zero collateral. Today the front retries a lost node's jobs
   * all at once, the poison with them, so the poison can kill the other node too (seen here: 85
   * bystanders answered 503 while both nodes were down); process mode retries each suspect alone.
   */
  @Test
  void shouldMeasureClusterRowsWhereANodeDiesAndTheFrontSurvives() throws Exception {
    Path runDir = tmp.resolve("cluster-run");
    Path json = tmp.resolve("c.json");
    Path out = tmp.resolve("cluster.out");
    Process matrix =
        start(
            runDir,
            out,
            List.of("--modes", "cluster", "--faults", "segfault,halt"),
            List.of("--report-json", json.toString()));
    try {
      await("matrix exit")
          .atMost(Duration.ofSeconds(200))
          .pollInterval(Duration.ofMillis(500))
          .until(() -> !matrix.isAlive());
      String stdout = Files.readString(out, StandardCharsets.UTF_8);
      assertThat(matrix.exitValue()).as("matrix exit status; output:%n%s", stdout).isZero();
      Map<String, JsonObject> rows = rowsByFaultAndMode(new JsonObject(Files.readString(json)));
      assertThat(rows.keySet()).containsExactlyInAnyOrder("segfault/cluster", "halt/cluster");
      rows.values()
          .forEach(
              r -> {
                assertThat(r.getBoolean("valid")).as("valid: %s%n%s", r, serverLog(r)).isTrue();
                assertThat(r.getBoolean("serverSurvived")).as("front survived: %s", r).isTrue();
                assertThat(r.getInteger("wrongAnswers")).as("wrong answers: %s", r).isZero();
                assertThat(r.getString("faultAnswer")).as("fault request: %s", r).isNotEmpty();
                assertThat(r.getString("death")).as("no front death: %s", r).isEmpty();
              });
      await("no process of the matrix left")
          .atMost(Duration.ofSeconds(15))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> ProcessTree.processesMentioning(runDir).isEmpty());
    } finally {
      Set<ProcessHandle> leftovers = new LinkedHashSet<>();
      matrix.descendants().forEach(leftovers::add);
      leftovers.addAll(ProcessTree.processesMentioning(runDir));
      ProcessTree.endAll(matrix.toHandle(), leftovers);
    }
  }

  private Process start(Path runDir, Path json, Path md, Path html, Path out) throws Exception {
    return start(
        runDir,
        out,
        List.of(
            "--faults",
            String.join(",", FaultCatalogue.names())
                .replace("cpu-hog", "cpu-hog:seconds=1")
                .replace("slow", "slow:seconds=1")),
        List.of(
            "--report-json",
            json.toString(),
            "--report-md",
            md.toString(),
            "--report-html",
            html.toString()));
  }

  /** {@code faultline matrix <what> <short phases> <reports> --run-dir runDir}, output to out. */
  private Process start(Path runDir, Path out, List<String> what, List<String> reports)
      throws Exception {
    List<String> args = new java.util.ArrayList<>(List.of("matrix"));
    args.addAll(what);
    args.addAll(
        List.of(
            "--workers",
            "2",
            "--rate",
            "50",
            "--warmup",
            "1s",
            "--baseline",
            "1s",
            "--window",
            "3s",
            "--timeout",
            "3s",
            "--stuck-after",
            "1s",
            "--run-dir",
            runDir.toString()));
    args.addAll(reports);
    List<String> cmd = FaultlineJar.javaJar(List.of("-Xmx256m", "-XX:+UseSerialGC"), args);
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .directory(tmp.toFile())
            .redirectErrorStream(true)
            .redirectOutput(out.toFile());
    pb.environment().remove("FAULTLINE_CHAOS_TOKEN");
    return pb.start();
  }

  /** The trial's server log, to see why a row is invalid. */
  private static String serverLog(JsonObject row) {
    Path log = Path.of(row.getString("logs")).resolve("servers.log");
    try {
      return Files.exists(log) ? Files.readString(log) : "(no " + log + ")";
    } catch (java.io.IOException e) {
      return "(cannot read " + log + ": " + e + ")";
    }
  }

  private static Map<String, JsonObject> rowsByFaultAndMode(JsonObject report) {
    return report.getJsonArray("rows").stream()
        .map(JsonObject.class::cast)
        .collect(
            Collectors.toMap(
                r -> r.getString("fault") + "/" + r.getString("mode"), Function.identity()));
  }

  private static void assertProcessRow(String fault, JsonObject r) {
    assertThat(r.getBoolean("serverSurvived"))
        .as("process server survived %s: %s", fault, r)
        .isTrue();
    assertThat(r.getValue("recoveryMs"))
        .as("process recoveryMs after %s: %s", fault, r)
        .isNotNull();
    if (!SLOWING.contains(fault)) {
      assertThat(r.getInteger("collateralFailures"))
          .as("process collateral after %s: %s", fault, r)
          .isZero();
      assertThat(r.getInteger("wrongAnswers"))
          .as("process wrong answers after %s: %s", fault, r)
          .isZero();
    }
  }

  private static void assertThreadRows(Map<String, JsonObject> rows) {
    KILLING.forEach(
        f ->
            assertThat(rows.get(f + "/thread").getBoolean("serverSurvived"))
                .as("thread server survived %s: %s", f, rows.get(f + "/thread"))
                .isFalse());
    for (String f : List.of("oom", "leak")) {
      JsonObject r = rows.get(f + "/thread");
      assertThat(!r.getBoolean("serverSurvived") || r.getInteger("collateralFailures") > 0)
          .as("%s: %s", f, r)
          .isTrue();
    }
    for (String f : List.of("hang", "deadlock")) {
      JsonObject r = rows.get(f + "/thread");
      assertThat(r.getInteger("capacityLost") >= 1 || r.getInteger("collateralFailures") > 0)
          .as("%s: %s", f, r)
          .isTrue();
    }
    assertThat(rows.get("corrupt/thread").getInteger("wrongAnswers"))
        .as("%s", rows.get("corrupt/thread"))
        .isPositive();
    assertThat(rows.get("fd-exhaust/thread").getInteger("collateralFailures"))
        .as("%s", rows.get("fd-exhaust/thread"))
        .isPositive();
    for (String f : List.of("exception", "stack-overflow")) {
      JsonObject r = rows.get(f + "/thread");
      assertThat(r.getBoolean("serverSurvived")).as("%s: %s", f, r).isTrue();
      assertThat(r.getInteger("collateralFailures")).as("%s: %s", f, r).isZero();
    }
  }
}
