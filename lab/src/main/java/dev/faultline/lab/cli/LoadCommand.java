package dev.faultline.lab.cli;

import dev.faultline.chaos.ChaosGuard;
import dev.faultline.chaos.FaultNames;
import dev.faultline.client.LoadReport;
import dev.faultline.client.LoadRun;
import dev.faultline.client.ReportFiles;
import dev.faultline.client.Threshold;
import dev.faultline.client.ThresholdResult;
import dev.faultline.config.ChaosToken;
import dev.faultline.config.ConfigException;
import dev.faultline.config.Durations;
import dev.faultline.config.ExitCodes;
import dev.faultline.config.LoadSettings;
import dev.faultline.config.RateSpec;
import dev.faultline.config.Target;
import dev.faultline.server.DurationConverter;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code faultline load}: the bundled load client, against one or more running servers. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Fires load at one or more servers and verifies every answer's digest.",
      "Open loop by default: requests leave on schedule, answered or not. It reports per target:"
          + " table, JSON, CSV timeline, HdrHistogram log, HTML. Loopback targets only."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      ExitCodes.OK + ":the run completed and every threshold held",
      ExitCodes.USAGE + ":bad flags or settings (the message names the flag and the value)",
      ExitCodes.THRESHOLDS_FAILED
          + ":the run completed but a --threshold failed (the summary says which)"
    })
final class LoadCommand implements Callable<Integer> {
  @Mixin SharedOptions.Cost cost;
  @Mixin SharedOptions.FaultEvery faultEvery;
  @Mixin SharedOptions.Seed seed;
  @Mixin SharedOptions.ReportJson reportJson;

  private static final long WARMUP_SEED_SALT = 0x5EED_0F_3A_57L;

  @Option(
      names = "--target",
      required = true,
      paramLabel = "NAME=URL",
      description =
          "A server to load, e.g. process=http://127.0.0.1:8080. Repeat for several; all get "
              + "the same requests at the same moments.")
  List<String> targets;

  @Option(
      names = "--rate",
      paramLabel = "RATE",
      description =
          "Requests per second to each target: 200, a linear ramp over the run like 100..2000, or max "
              + "(no schedule, needs --connections; for benchmarks) (default: ${DEFAULT-VALUE}).")
  String rate;

  @Option(
      names = "--connections",
      defaultValue = "0",
      paramLabel = "C",
      description =
          "Closed loop: at most C requests out per target, the next waits for an answer (shows the "
              + "coordinated-omission bias); 0 for open loop (default: ${DEFAULT-VALUE}).")
  int connections;

  @Option(
      names = "--max-in-flight",
      paramLabel = "N",
      description =
          "Open loop: at most N requests out per target; one due beyond that waits and counts as late "
              + "(default: ${DEFAULT-VALUE}).")
  int maxInFlight;

  @Option(
      names = "--duration",
      converter = DurationConverter.class,
      description = "How long to send, e.g. 500ms, 30s, 2m (default: ${DEFAULT-VALUE}).")
  Duration duration;

  @Option(
      names = "--warmup",
      defaultValue = "0s",
      converter = DurationConverter.class,
      description =
          "Fault-free load before the measured run, not counted, to warm both the servers' and the "
              + "client's JIT; 0s for none, else at least 1s (default: ${DEFAULT-VALUE}).")
  Duration warmup;

  @Option(
      names = "--faults",
      defaultValue = "none",
      paramLabel = "LIST",
      description =
          "Faults to inject, comma-separated, round robin, each name or name:param=value, e.g. "
              + "segfault,leak:mb=32 ('all' for the whole catalogue; default: ${DEFAULT-VALUE}).")
  String faults;

  @Option(
      names = "--chaos-token-file",
      paramLabel = "FILE",
      description =
          "A file whose first line is the servers' chaos token, sent with faulted requests "
              + "(default: $"
              + ChaosGuard.TOKEN_ENV
              + "; never a flag, so the token does not show in ps).")
  Path chaosTokenFile;

  @Option(
      names = "--timeout",
      converter = DurationConverter.class,
      description =
          "Per-request timeout: no connection, or no byte of the answer, for this long fails the"
              + " request as a timeout (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(
      names = "--threshold",
      paramLabel = "RULE",
      description =
          "A rule the run must meet, TARGET.METRIC<OP>VALUE, e.g. 'process.availability>=0.999' or "
              + "'process.latency.p99<50ms'. Repeatable; any failure makes the exit status 99.")
  List<String> thresholds = new ArrayList<>();

  @Option(
      names = "--report-csv",
      paramLabel = "FILE",
      description = "Also write the per-second timeline as CSV here.")
  Path reportCsv;

  @Option(
      names = "--report-hdr",
      paramLabel = "FILE",
      description = "Also write an HdrHistogram interval log (per target and second) here.")
  Path reportHdr;

  @Option(
      names = "--report-html",
      paramLabel = "FILE",
      description =
          "Also write a self-contained HTML report (charts of all targets overlaid) here.")
  Path reportHtml;

  @Override
  public Integer call() throws Exception {
    if (!warmup.isZero() && warmup.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new ConfigException("warmup", "must be 0s or >= 1s", Durations.format(warmup));
    }
    LoadSettings s = settings();
    List<Threshold> rules = thresholds.stream().map(t -> Threshold.parse(t, names(s))).toList();
    System.out.printf(
        "[load] %s, %s to %d target(s) for %s, seed %d%n",
        s.model().describe(),
        pace(s),
        s.targets().size(),
        Durations.format(s.duration()),
        s.seed());
    Vertx vertx = Vertx.vertx();
    try {
      warmUp(vertx, s);
      LoadReport report =
          new LoadRun(vertx, s, System.out::println)
              .start()
              .get(
                  s.duration().plus(s.timeout().multipliedBy(2)).toSeconds() + 30,
                  TimeUnit.SECONDS);
      return summarise(report, rules);
    } finally {
      vertx.close();
    }
  }

  /**
   * The same load without faults for --warmup, printed nowhere; fresh JVMs would otherwise be
   * measured cold.
   */
  private void warmUp(Vertx vertx, LoadSettings s) throws Exception {
    if (warmup.isZero()) {
      return;
    }
    System.out.println("[load] warming up for " + Durations.format(warmup) + " (not counted)");
    LoadSettings warm =
        new LoadSettings(
            s.targets(),
            s.rate(),
            warmup,
            s.cost(),
            List.of(),
            s.faultEvery(),
            s.seed() ^ WARMUP_SEED_SALT,
            null,
            s.timeout(),
            null,
            s.model().withRampTo(0));
    new LoadRun(vertx, warm, line -> {})
        .start()
        .get(warmup.plus(s.timeout().multipliedBy(2)).toSeconds() + 30, TimeUnit.SECONDS);
  }

  private LoadSettings settings() {
    RateSpec spec = RateSpec.parse("rate", rate);
    return new LoadSettings(
        targets.stream().map(Target::parse).toList(),
        spec.startRate(),
        duration,
        cost.value,
        FaultNames.parseList("faults", faults),
        faultEvery.value,
        seed.orRandom(),
        ChaosToken.read(chaosTokenFile, System.getenv(), ChaosGuard.TOKEN_ENV),
        timeout,
        reportJson.value,
        spec.model(connections, maxInFlight));
  }

  private int summarise(LoadReport report, List<Threshold> rules) throws Exception {
    List<ThresholdResult> results = report.check(rules);
    System.out.println();
    System.out.print(report.table());
    report.coordinatedOmissionNotes().forEach(n -> System.out.println("[load] " + n));
    results.forEach(r -> System.out.println("[load] threshold " + r.describe()));
    new ReportFiles(reportJson.value, reportCsv, reportHdr, reportHtml)
        .write(report, line -> System.out.println("[load] " + line));
    if (report.thresholdsFailed()) {
      System.out.println(
          "[load] "
              + results.stream().filter(r -> !r.passed()).count()
              + " of "
              + results.size()
              + " thresholds failed: exit status "
              + ExitCodes.THRESHOLDS_FAILED);
      return ExitCodes.THRESHOLDS_FAILED;
    }
    return ExitCodes.OK;
  }

  private static List<String> names(LoadSettings s) {
    return s.targets().stream().map(Target::name).toList();
  }

  private static String pace(LoadSettings s) {
    if (s.model().maxRate()) {
      return "as fast as answers come";
    }
    return s.model().ramps() ? s.rate() + " to " + s.endRate() + " req/s" : s.rate() + " req/s";
  }
}
