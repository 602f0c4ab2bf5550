package dev.faultline.lab.cli;

import dev.faultline.chaos.FaultNames;
import dev.faultline.config.ExitCodes;
import dev.faultline.lab.demo.Console;
import dev.faultline.lab.matrix.MatrixRunner;
import dev.faultline.lab.matrix.MatrixSettings;
import dev.faultline.server.DurationConverter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code faultline matrix}: every fault in each mode ({@code --modes}), each on fresh servers,
 * measured into one table.
 */
@Command(
    name = "matrix",
    mixinStandardHelpOptions = true,
    description = {
      "Injects each fault once into a fresh server of each mode and measures what it cost.",
      "Per fault and mode: a fresh server gets steady background load, its steady state is checked"
          + " (baseline all correct, else the row is invalid), the fault goes in once, and the"
          + " window measures: server survived, collateral failures, wrong answers, recovery,"
          + " capacity lost, p99.",
      "Exit status: "
          + ExitCodes.OK
          + " when every row is valid, "
          + ExitCodes.MATRIX_ROWS_INVALID
          + " when some row is invalid, "
          + ExitCodes.USAGE
          + " for bad flags."
    })
final class MatrixCommand implements Callable<Integer> {
  @Mixin SharedOptions.Modes modes;
  @Mixin SharedOptions.ServerShape servers;
  @Mixin SharedOptions.Cost cost;
  @Mixin SharedOptions.Seed seed;
  @Mixin SharedOptions.ReportJson reportJson;
  @Mixin SharedOptions.RunDir runDir;

  @Option(
      names = "--faults",
      defaultValue = "all",
      paramLabel = "LIST",
      description =
          "Faults to measure, comma-separated, each name or name:param=value (default: ${DEFAULT-VALUE}, "
              + "the whole catalogue). A bare leak is sized to the thread-mode server's whole heap.")
  String faults;

  @Option(
      names = "--rate",
      description = "Background requests per second to each server (default: ${DEFAULT-VALUE}).")
  double rate;

  @Option(
      names = "--window",
      converter = DurationConverter.class,
      description = "How long after the injection is measured (default: ${DEFAULT-VALUE}).")
  Duration window;

  @Option(
      names = "--baseline",
      converter = DurationConverter.class,
      description =
          "Fault-free load that must be all correct before the injection (default: ${DEFAULT-VALUE}).")
  Duration baseline;

  @Option(
      names = "--warmup",
      converter = DurationConverter.class,
      description = "Fault-free load before the baseline, not counted (default: ${DEFAULT-VALUE}).")
  Duration warmup;

  @Option(
      names = "--timeout",
      converter = DurationConverter.class,
      description =
          "Per background request: no answer by then is a failure (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(
      names = "--stuck-after",
      converter = DurationConverter.class,
      description =
          "A unit whose current job has run this long at the end of the window counts as lost "
              + "(default: ${DEFAULT-VALUE}).")
  Duration stuckAfter;

  @Option(
      names = "--max-open-files",
      description =
          "The servers' file limit (ulimit -n), so fd-exhaust reaches EMFILE quickly; 0 to inherit "
              + "(default: ${DEFAULT-VALUE}).")
  int maxOpenFiles;

  @Option(
      names = "--report-md",
      paramLabel = "FILE",
      description = "Also write the matrix as Markdown here.")
  Path reportMd;

  @Option(
      names = "--report-html",
      paramLabel = "FILE",
      description =
          "Also write the matrix as an HTML page here: the table and a timeline per fault of every"
              + " mode (one file, works offline).")
  Path reportHtml;

  @Override
  public Integer call() throws Exception {
    MatrixSettings s =
        new MatrixSettings(
            FaultNames.parseList("faults", faults),
            modes.parsed(),
            servers.workers,
            rate,
            cost.value,
            servers.unitHeapMb,
            warmup,
            baseline,
            window,
            timeout,
            stuckAfter,
            maxOpenFiles,
            seed.orRandom(),
            reportJson.value,
            reportMd,
            reportHtml,
            runDir.orNewTempDir("matrix"));
    return new MatrixRunner(s, new Console(System.out)).run();
  }
}
