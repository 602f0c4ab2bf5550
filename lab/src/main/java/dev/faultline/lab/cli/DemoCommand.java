package dev.faultline.lab.cli;

import dev.faultline.chaos.FaultNames;
import dev.faultline.config.LoadSettings;
import dev.faultline.config.ServerSettings;
import dev.faultline.lab.demo.Console;
import dev.faultline.lab.demo.DemoRunner;
import dev.faultline.lab.demo.DemoSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code faultline demo}: both modes side by side, under the same load and the same faults. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Starts a thread-mode and a process-mode server, fires the same load and the same real faults",
      "at both, streams their logs, restarts a server that dies, and prints a side-by-side report."
    })
final class DemoCommand implements Callable<Integer> {

  @Option(
      names = "--duration",
      defaultValue = "30s",
      converter = DurationConverter.class,
      description = "How long the load runs (default: ${DEFAULT-VALUE}).")
  Duration duration;

  @Option(
      names = "--warmup",
      defaultValue = "3s",
      converter = DurationConverter.class,
      description =
          "Fault-free load before the measured run, to warm both servers' JIT; 0s for none, "
              + "else at least 1s (default: ${DEFAULT-VALUE}).")
  Duration warmup;

  @Option(
      names = "--rate",
      defaultValue = "100",
      description = "Requests per second to each mode (default: ${DEFAULT-VALUE}).")
  double rate;

  @Option(
      names = "--workers",
      defaultValue = "" + ServerSettings.DEFAULT_UNITS,
      description =
          "Worker JVMs in process mode, and threads in thread mode (default: ${DEFAULT-VALUE}).")
  int workers;

  @Option(
      names = "--unit-heap-mb",
      defaultValue = "" + ServerSettings.DEFAULT_UNIT_HEAP_MB,
      description =
          "Heap per worker in MiB; the thread-mode server gets workers x this (default: ${DEFAULT-VALUE}).")
  int unitHeapMb;

  @Option(
      names = "--cost",
      defaultValue = "" + LoadSettings.DEFAULT_COST,
      description = "Workload cost of each request, 0-10000 (default: ${DEFAULT-VALUE}).")
  int cost;

  @Option(
      names = "--faults",
      defaultValue = DemoSettings.DEFAULT_FAULTS,
      paramLabel = "LIST",
      description =
          "Faults to inject, comma-separated, round robin (default: ${DEFAULT-VALUE}); 'none' for none.")
  String faults;

  @Option(
      names = "--fault-every",
      defaultValue = "5s",
      converter = DurationConverter.class,
      description =
          "Time between two faults; the first comes after one interval (default: ${DEFAULT-VALUE}).")
  Duration faultEvery;

  @Option(names = "--seed", description = "Seed of the request inputs (default: random, printed).")
  Long seed;

  @Option(
      names = "--report-json",
      paramLabel = "FILE",
      description = "Also write the report as JSON here.")
  Path reportJson;

  @Option(
      names = "--report-html",
      paramLabel = "FILE",
      description =
          "Also write a self-contained HTML report here: both modes overlaid per second, faults shaded, "
              + "restarts marked.")
  Path reportHtml;

  @Option(
      names = "--run-dir",
      paramLabel = "DIR",
      description =
          "Where the servers' run directories and crash reports go (default: a new directory under the "
              + "system temp directory).")
  Path runDir;

  @Option(
      names = "--dashboard",
      description =
          "Also serve the live dashboard on a loopback port (URL printed) while the load runs: both "
              + "modes side by side, with buttons that inject faults into both.")
  boolean dashboard;

  @Override
  public Integer call() throws Exception {
    Path dir =
        runDir != null
            ? runDir
            : Path.of(
                System.getProperty("java.io.tmpdir"),
                "faultline-demo-" + ProcessHandle.current().pid());
    DemoSettings s =
        new DemoSettings(
            duration,
            warmup,
            rate,
            workers,
            unitHeapMb,
            cost,
            FaultNames.parseList("faults", faults),
            faultEvery,
            seed != null ? seed : ThreadLocalRandom.current().nextLong(),
            reportJson,
            dir,
            reportHtml);
    return new DemoRunner(s, new Console(System.out)).withDashboard(dashboard).run();
  }
}
