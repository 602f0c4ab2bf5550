package dev.faultline.lab.cli;

import dev.faultline.chaos.FaultNames;
import dev.faultline.config.ExitCodes;
import dev.faultline.config.ServerSettings;
import dev.faultline.lab.demo.Console;
import dev.faultline.lab.matrix.MatrixRunner;
import dev.faultline.lab.matrix.MatrixSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code faultline matrix}: every fault in both modes, each on fresh servers, measured into one
 * table.
 */
@Command(
    name = "matrix",
    mixinStandardHelpOptions = true,
    description = {
      "For each fault and each mode: starts a fresh server, sends steady background load, checks the",
      "steady state (baseline all correct, else the row is invalid), injects the fault once, and measures",
      "over the window: server survived, collateral failures, wrong answers, recovery, capacity lost, p99.",
      "Exit status: "
          + ExitCodes.OK
          + " when every row is valid, "
          + ExitCodes.MATRIX_ROWS_INVALID
          + " when some row is invalid, "
          + ExitCodes.USAGE
          + " for bad flags."
    })
final class MatrixCommand implements Callable<Integer> {

  @Option(
      names = "--faults",
      defaultValue = "all",
      paramLabel = "LIST",
      description =
          "Faults to measure, comma-separated, each name or name:param=value (default: ${DEFAULT-VALUE}, "
              + "the whole catalogue). A bare leak is sized to the thread-mode server's whole heap.")
  String faults;

  @Option(
      names = "--workers",
      defaultValue = "" + MatrixSettings.DEFAULT_WORKERS,
      description =
          "Units per server: worker JVMs in process mode, threads in thread mode (default: ${DEFAULT-VALUE}).")
  int workers;

  @Option(
      names = "--rate",
      defaultValue = "" + MatrixSettings.DEFAULT_RATE,
      description = "Background requests per second to each server (default: ${DEFAULT-VALUE}).")
  double rate;

  @Option(
      names = "--window",
      defaultValue = MatrixSettings.DEFAULT_WINDOW,
      converter = DurationConverter.class,
      description = "How long after the injection is measured (default: ${DEFAULT-VALUE}).")
  Duration window;

  @Option(
      names = "--baseline",
      defaultValue = MatrixSettings.DEFAULT_BASELINE,
      converter = DurationConverter.class,
      description =
          "Fault-free load that must be all correct before the injection (default: ${DEFAULT-VALUE}).")
  Duration baseline;

  @Option(
      names = "--warmup",
      defaultValue = MatrixSettings.DEFAULT_WARMUP,
      converter = DurationConverter.class,
      description = "Fault-free load before the baseline, not counted (default: ${DEFAULT-VALUE}).")
  Duration warmup;

  @Option(
      names = "--timeout",
      defaultValue = MatrixSettings.DEFAULT_TIMEOUT,
      converter = DurationConverter.class,
      description =
          "Per background request: no answer by then is a failure (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(
      names = "--stuck-after",
      defaultValue = MatrixSettings.DEFAULT_STUCK_AFTER,
      converter = DurationConverter.class,
      description =
          "A unit whose current job has run this long at the end of the window counts as lost "
              + "(default: ${DEFAULT-VALUE}).")
  Duration stuckAfter;

  @Option(
      names = "--cost",
      defaultValue = "10",
      description = "Workload cost of each request, 0-10000 (default: ${DEFAULT-VALUE}).")
  int cost;

  @Option(
      names = "--unit-heap-mb",
      defaultValue = "" + ServerSettings.DEFAULT_UNIT_HEAP_MB,
      description =
          "Heap per worker in MiB; the thread-mode server gets workers x this (default: ${DEFAULT-VALUE}).")
  int unitHeapMb;

  @Option(
      names = "--max-open-files",
      defaultValue = "" + MatrixSettings.DEFAULT_MAX_OPEN_FILES,
      description =
          "The servers' file limit (ulimit -n), so fd-exhaust reaches EMFILE quickly; 0 to inherit "
              + "(default: ${DEFAULT-VALUE}).")
  int maxOpenFiles;

  @Option(
      names = "--seed",
      description = "Seed of the background inputs (default: random, printed in the report).")
  Long seed;

  @Option(
      names = "--report-json",
      paramLabel = "FILE",
      description = "Also write the matrix as JSON here.")
  Path reportJson;

  @Option(
      names = "--report-md",
      paramLabel = "FILE",
      description = "Also write the matrix as Markdown here.")
  Path reportMd;

  @Option(
      names = "--run-dir",
      paramLabel = "DIR",
      description =
          "Where the servers' run directories, logs and crash reports go (default: a new directory "
              + "under the system temp directory).")
  Path runDir;

  @Override
  public Integer call() throws Exception {
    Path dir =
        runDir != null
            ? runDir
            : Path.of(
                System.getProperty("java.io.tmpdir"),
                "faultline-matrix-" + ProcessHandle.current().pid());
    MatrixSettings s =
        new MatrixSettings(
            FaultNames.parseList("faults", faults),
            workers,
            rate,
            cost,
            unitHeapMb,
            warmup,
            baseline,
            window,
            timeout,
            stuckAfter,
            maxOpenFiles,
            seed != null ? seed : ThreadLocalRandom.current().nextLong(),
            reportJson,
            reportMd,
            dir);
    return new MatrixRunner(s, new Console(System.out)).run();
  }
}
