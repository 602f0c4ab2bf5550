package dev.faultline.lab.matrix;

import dev.faultline.config.Durations;
import dev.faultline.config.ExitCodes;
import dev.faultline.lab.demo.Console;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The root of {@code faultline matrix}: one {@link FaultTrial} per fault, one after the other, each
 * with fresh servers; a line per row as it is measured, then the table, then the reports. Each
 * trial leaves its servers' logs ({@code servers.log}), crash reports and background samples
 * ({@code thread-samples.csv}, {@code process-samples.csv}) in {@code <run dir>/<nn>-<fault>},
 * named in the row's {@code logs}. It never runs workload code.
 */
public final class MatrixRunner {
  /**
   * A trial whose steady state did not hold (a noisy machine: the baseline is checked before
   * anything is injected) is run once more on fresh servers; the rows say which attempt they are.
   */
  static final int MAX_ATTEMPTS = 2;

  private final MatrixSettings settings;
  private final Console console;

  public MatrixRunner(MatrixSettings settings, Console console) {
    this.settings = settings;
    this.console = console;
  }

  public int run() throws Exception {
    Instant startedAt = Instant.now();
    long t0 = System.nanoTime();
    Files.createDirectories(settings.runDir());
    List<String> specs =
        MatrixFaults.effective(settings.faults(), settings.workers(), settings.unitHeapMb());
    say(intro(specs.size()));
    Vertx vertx = Vertx.vertx();
    List<MatrixRow> rows = new ArrayList<>();
    try {
      FaultTrial trial =
          new FaultTrial(
              settings, vertx, HexFormat.of().formatHex(new SecureRandom().generateSeed(16)));
      try {
        for (int i = 0; i < specs.size(); i++) {
          rows.addAll(runWithRetry(trial, specs.get(i), i + 1));
        }
      } finally {
        trial.awaitStopped();
      }
    } finally {
      vertx.close();
    }
    MatrixReport report =
        new MatrixReport(rows, settings, startedAt, (System.nanoTime() - t0) / 1_000_000);
    finish(report);
    return report.allValid() ? ExitCodes.OK : ExitCodes.MATRIX_ROWS_INVALID;
  }

  private List<MatrixRow> runWithRetry(FaultTrial trial, String spec, int index) throws Exception {
    List<MatrixRow> rows = List.of();
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      rows = runOne(trial, spec, trialDir(index, spec, attempt), attempt);
      if (rows.stream().allMatch(MatrixRow::valid)) {
        break;
      }
      if (attempt < MAX_ATTEMPTS) {
        say(
            spec
                + ": the steady state did not hold before the injection; running the trial again on fresh servers");
      }
    }
    rows.forEach(r -> say(progress(r)));
    return rows;
  }

  /**
   * {@code <run dir>/05-leak_mb-128}: numbered, so a fault listed twice keeps both trials' logs.
   */
  private Path trialDir(int index, String spec, int attempt) {
    return settings
        .runDir()
        .resolve(
            String.format(
                Locale.ROOT,
                "%02d-%s%s",
                index,
                spec.replace(':', '_').replace('=', '-'),
                attempt == 1 ? "" : "-attempt" + attempt));
  }

  private List<MatrixRow> runOne(FaultTrial trial, String spec, Path trialDir, int attempt)
      throws Exception {
    Path dir = Files.createDirectories(trialDir);
    PrintStream log =
        new PrintStream(
            Files.newOutputStream(dir.resolve("servers.log")), true, StandardCharsets.UTF_8);
    return trial.run(spec, dir, new Console(log), log::close).stream()
        .map(r -> r.of(dir.toString(), attempt))
        .toList();
  }

  private void say(String text) {
    console.line("[matrix] " + text);
  }

  private String intro(int faults) {
    MatrixSettings s = settings;
    return String.format(
        Locale.ROOT,
        "%d faults x 2 modes, %d units per server, %.0f req/s per server, "
            + "phases warm-up %s, baseline %s, window %s; run directory %s",
        faults,
        s.workers(),
        s.rate(),
        Durations.format(s.warmup()),
        Durations.format(s.baseline()),
        Durations.format(s.window()),
        s.runDir());
  }

  /**
   * {@code segfault thread: survived no, collateral 290, wrong 0, recovery never, capacity lost 2,
   * ...}
   */
  static String progress(MatrixRow r) {
    if (!r.valid()) {
      return String.format(
          Locale.ROOT,
          "%-14s %-7s INVALID (attempt %d): %s",
          r.fault(),
          r.mode(),
          r.attempt(),
          r.invalidReason());
    }
    return String.format(
        Locale.ROOT,
        "%-14s %-7s survived %-3s collateral %4d  wrong %4d  recovery %6s  "
            + "capacity lost %d  p99 %.1f -> %.1f ms  fault request got %s%s%s",
        r.fault(),
        r.mode(),
        r.serverSurvived() ? "yes" : "no",
        r.collateralFailures(),
        r.wrongAnswers(),
        r.recoveryMs() == null ? "never" : r.recoveryMs() + "ms",
        r.capacityLost(),
        r.baselineP99Ms(),
        r.windowP99Ms(),
        r.faultAnswer(),
        r.death().isEmpty() ? "" : "; died: " + r.death(),
        r.attempt() == 1 ? "" : " (attempt " + r.attempt() + ")");
  }

  private void finish(MatrixReport report) throws IOException {
    console.line("");
    console.line(MatrixTable.text(report.rows()).stripTrailing());
    console.line("");
    say(
        String.format(
            Locale.ROOT,
            "%d rows, %d valid, in %.1f s on %s",
            report.rows().size(),
            report.rows().stream().filter(MatrixRow::valid).count(),
            report.durationMs() / 1000.0,
            MatrixReport.machine()));
    if (settings.reportJson() != null) {
      Files.writeString(settings.reportJson(), report.toJson().encodePrettily());
      say("JSON report written to " + settings.reportJson().toAbsolutePath());
    }
    if (settings.reportMd() != null) {
      Files.writeString(settings.reportMd(), report.markdown());
      say("Markdown report written to " + settings.reportMd().toAbsolutePath());
    }
    if (settings.reportHtml() != null) {
      Files.writeString(settings.reportHtml(), MatrixPage.render(report.toJson()));
      say("HTML report written to " + settings.reportHtml().toAbsolutePath());
    }
  }
}
