package dev.faultline.lab.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code faultline bench all} end to end through the real jar, with short settings: every part runs
 * (real child JVMs, real servers under load, a short fault matrix), the JSON report has the seven
 * claims with numbers and a verdict, the ipc part covers the eight kinds and the baseline at both
 * placements, and no process of the run is left; its HTML page draws the IPC, creation and memory
 * charts in the real browser ({@link ReportBrowser}).
 */
@Timeout(value = 330, unit = TimeUnit.SECONDS)
class BenchIT {
  static final Set<String> VERDICTS = Set.of("holds", "holds with a nuance", "does not hold here");
  static final List<String> KINDS =
      List.of("pipe", "fifo", "uds", "tcp", "shm", "mmap", "mqueue", "semaphore", "thread");

  @TempDir(cleanup = CleanupMode.ON_SUCCESS)
  Path tmp; // kept for reading when the test fails

  @Test
  void shouldMeasureAndJudgeEveryClaimWhenRunningAllParts() throws Exception {
    Path runDir = tmp.resolve("bench-run");
    Path json = tmp.resolve("b.json");
    Path md = tmp.resolve("b.md");
    Path html = tmp.resolve("bench.html");
    Path out = tmp.resolve("bench.out");
    Process bench = start(runDir, json, md, html, out);
    try {
      await("bench exit")
          .atMost(Duration.ofSeconds(300))
          .pollInterval(Duration.ofMillis(500))
          .until(() -> !bench.isAlive());
      String stdout = Files.readString(out, StandardCharsets.UTF_8);
      assertThat(bench.exitValue()).as("bench exit status; output:%n%s", stdout).isZero();
      JsonObject report = new JsonObject(Files.readString(json));
      assertClaims(report.getJsonArray("claims"), stdout);
      assertIpcKinds(report.getJsonArray("parts"));
      assertThat(stdout).contains("[bench] ipc: uds").contains("The lesson, measured:");
      assertThat(Files.readString(md)).contains("| # | claim | measured | numbers | verdict |");
      try (ReportBrowser browser = ReportBrowser.open(tmp)) {
        assertThat(browser.assertDrawn(html, 5))
            .extracting(c -> c.getString("title"))
            .anyMatch(t -> t.startsWith("64-byte IPC round trip, p50"))
            .anyMatch(t -> t.startsWith("Creation cost"))
            .anyMatch(t -> t.startsWith("Private memory of one more unit"));
      }
      await("no process of the bench left")
          .atMost(Duration.ofSeconds(15))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> ProcessTree.processesMentioning(runDir).isEmpty());
    } finally {
      Set<ProcessHandle> leftovers = new LinkedHashSet<>();
      bench.descendants().forEach(leftovers::add);
      leftovers.addAll(ProcessTree.processesMentioning(runDir));
      ProcessTree.endAll(bench.toHandle(), leftovers);
    }
  }

  private static void assertClaims(JsonArray claims, String stdout) {
    assertThat(claims).as("seven claims").hasSize(7);
    IntStream.range(0, 7)
        .forEach(
            i -> {
              JsonObject c = claims.getJsonObject(i);
              assertThat(c.getInteger("claim")).isEqualTo(i + 1);
              assertThat(c.getString("verdict"))
                  .as("claim %s; output:%n%s", c, stdout)
                  .isIn(VERDICTS);
              assertThat(c.getJsonObject("numbers").isEmpty()).as("numbers of %s", c).isFalse();
              assertThat(c.getString("sentence")).isNotBlank();
            });
  }

  private static void assertIpcKinds(JsonArray parts) {
    JsonObject ipc =
        parts.stream()
            .map(JsonObject.class::cast)
            .filter(p -> p.getString("part").equals("ipc"))
            .findFirst()
            .orElseThrow();
    JsonArray kinds = ipc.getJsonObject("data").getJsonArray("kinds");
    Set<String> measured =
        kinds.stream()
            .map(JsonObject.class::cast)
            .peek(
                k ->
                    assertThat(k.containsKey("p50Us") || k.containsKey("error"))
                        .as("a number or a reason: %s", k)
                        .isTrue())
            .map(k -> k.getString("kind") + "/" + k.getString("placement"))
            .collect(Collectors.toSet());
    for (String kind : KINDS) {
      assertThat(measured).contains(kind + "/one-core", kind + "/two-cores");
    }
  }

  private Process start(Path runDir, Path json, Path md, Path html, Path out) throws Exception {
    List<String> cmd =
        FaultlineJar.javaJar(
            List.of("-Xmx256m", "-XX:+UseSerialGC"),
            List.of(
                "bench",
                "all",
                "--ipc-time",
                "200ms",
                "--round-trips",
                "2000",
                "--jvm-starts",
                "2",
                "--load-duration",
                "2s",
                "--rate",
                "50",
                "--matrix-window",
                "1500ms",
                "--report-json",
                json.toString(),
                "--report-md",
                md.toString(),
                "--report-html",
                html.toString(),
                "--run-dir",
                runDir.toString()));
    return new ProcessBuilder(cmd)
        .directory(tmp.toFile())
        .redirectErrorStream(true)
        .redirectOutput(out.toFile())
        .start();
  }
}
