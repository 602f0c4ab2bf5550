package dev.faultline.lab.cli;

import dev.faultline.chaos.FaultNames;
import dev.faultline.config.IpcTransport;
import dev.faultline.lab.demo.Console;
import dev.faultline.lab.demo.DemoRunner;
import dev.faultline.lab.demo.DemoSettings;
import dev.faultline.server.DurationConverter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code faultline demo}: the modes side by side (thread and process unless {@code --modes} says
 * otherwise), under the same load and the same faults.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a thread-mode and a process-mode server (or the --modes given) under the same load and"
          + " the same real faults.",
      "It streams their logs, restarts a server that dies, and prints a side-by-side report."
    })
final class DemoCommand implements Callable<Integer> {
  @Mixin SharedOptions.Modes modes;
  @Mixin SharedOptions.ServerShape servers;
  @Mixin SharedOptions.Cost cost;
  @Mixin SharedOptions.FaultEvery faultEvery;
  @Mixin SharedOptions.Seed seed;
  @Mixin SharedOptions.ReportJson reportJson;
  @Mixin SharedOptions.RunDir runDir;

  @Option(
      names = "--duration",
      converter = DurationConverter.class,
      description = "How long the load runs (default: ${DEFAULT-VALUE}).")
  Duration duration;

  @Option(
      names = "--warmup",
      converter = DurationConverter.class,
      description =
          "Fault-free load before the measured run, to warm both servers' JIT; 0s for none, "
              + "else at least 1s (default: ${DEFAULT-VALUE}).")
  Duration warmup;

  @Option(
      names = "--rate",
      description = "Requests per second to each mode (default: ${DEFAULT-VALUE}).")
  double rate;

  @Option(
      names = "--faults",
      paramLabel = "LIST",
      description =
          "Faults to inject, comma-separated, round robin (default: ${DEFAULT-VALUE}); 'none' for none.")
  String faults;

  @Option(
      names = "--report-html",
      paramLabel = "FILE",
      description =
          "Also write a self-contained HTML report here: both modes overlaid per second, faults shaded, "
              + "restarts marked.")
  Path reportHtml;

  @Option(
      names = "--dashboard",
      description =
          "Also serve the live dashboard on a loopback port (URL printed) while the load runs: both "
              + "modes side by side, with buttons that inject faults into both.")
  boolean dashboard;

  @Option(
      names = "--ipc",
      paramLabel = "uds|pipe|tcp",
      description =
          "How the process-mode server talks to its workers, as serve --ipc (default:"
              + " ${DEFAULT-VALUE}).")
  String ipc;

  @Override
  public Integer call() throws Exception {
    IpcTransport transport = IpcTransport.parse("ipc", ipc);
    DemoSettings s =
        new DemoSettings(
            modes.parsed(),
            duration,
            warmup,
            rate,
            servers.workers,
            servers.unitHeapMb,
            cost.value,
            FaultNames.parseList("faults", faults),
            faultEvery.value,
            seed.orRandom(),
            reportJson.value,
            runDir.orNewTempDir("demo"),
            reportHtml);
    return new DemoRunner(s, new Console(System.out))
        .withDashboard(dashboard)
        .withIpc(transport)
        .run();
  }
}
