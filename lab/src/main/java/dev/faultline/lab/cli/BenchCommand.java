package dev.faultline.lab.cli;

import dev.faultline.config.IpcTransport;
import dev.faultline.lab.bench.BenchRunner;
import dev.faultline.lab.bench.BenchSettings;
import dev.faultline.lab.bench.overhead.BenchOverheadCommand;
import dev.faultline.lab.bench.part.PartSettings;
import dev.faultline.lab.demo.Console;
import dev.faultline.server.DurationConverter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code faultline bench <part>}: each claim of the process-versus-thread lesson, measured. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures the claims of the process-versus-thread lesson on this machine and judges each.",
      "A verdict: holds, holds with a nuance, or does not hold here. Parts: layout (address"
          + " space), ipc (8 IPC kinds + a thread hand-off, pinned to one and two cores), spawn,"
          + " memory, switch, sync, isolation (the fault matrix), or all. Every part is bounded in"
          + " time.",
      "overhead: what process mode costs next to thread mode, each figure against its goal"
          + " (about 2 minutes; --report-json, --report-html and --run-dir only).",
      "Exit status: 0 when every part ran, 97 when some part failed or ran out of time, 2 for bad flags."
    })
final class BenchCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      defaultValue = "all",
      paramLabel = "PART",
      description =
          "layout|ipc|spawn|memory|switch|sync|isolation|all, or overhead "
              + "(default: ${DEFAULT-VALUE}).")
  String part;

  @Option(
      names = "--report-json",
      paramLabel = "FILE",
      description = "Write the report as JSON here.")
  Path reportJson;

  @Option(
      names = "--report-md",
      paramLabel = "FILE",
      description = "Write the report as Markdown here.")
  Path reportMd;

  @Option(
      names = "--report-html",
      paramLabel = "FILE",
      description =
          "Write the report as an HTML page here: the claims with their verdicts and charts"
              + " (one file, works offline).")
  Path reportHtml;

  @Option(
      names = "--run-dir",
      paramLabel = "DIR",
      description =
          "Where children, servers and the matrix keep their files (default: a new temp directory).")
  Path runDir;

  @Option(
      names = "--time-limit",
      converter = DurationConverter.class,
      description = "All parts together stop by then (default: ${DEFAULT-VALUE}).")
  Duration timeLimit;

  @Option(
      names = "--ipc-time",
      converter = DurationConverter.class,
      description =
          "Per IPC kind and placement, the longest measurement (default: ${DEFAULT-VALUE}).")
  Duration ipcTime;

  @Option(
      names = "--round-trips",
      description = "Per IPC kind and placement, the most round trips (default: ${DEFAULT-VALUE}).")
  long roundTrips;

  @Option(
      names = "--jvm-starts",
      description = "JVM and worker starts to take the median of (default: ${DEFAULT-VALUE}).")
  int jvmStarts;

  @Option(
      names = "--load-duration",
      converter = DurationConverter.class,
      description = "How long memory and switch load each server (default: ${DEFAULT-VALUE}).")
  Duration loadDuration;

  @Option(
      names = "--rate",
      description = "Requests per second to each server under load (default: ${DEFAULT-VALUE}).")
  double rate;

  @Option(
      names = "--workers",
      description = "Units per server: threads or worker JVMs (default: ${DEFAULT-VALUE}).")
  int workers;

  @Option(
      names = "--sync-increments",
      description =
          "The most increments per thread in sync's 500 ms race (default: ${DEFAULT-VALUE}).")
  long syncIncrements;

  @Option(
      names = "--matrix-json",
      paramLabel = "FILE",
      description =
          "A matrix report (faultline matrix --report-json) for isolation; default: run a short matrix.")
  Path matrixJson;

  @Option(
      names = "--matrix-window",
      converter = DurationConverter.class,
      description = "The window of the short matrix isolation runs (default: ${DEFAULT-VALUE}).")
  Duration matrixWindow;

  @Option(
      names = "--ipc",
      paramLabel = "uds|pipe|tcp",
      description =
          "overhead: the main process-mode server's worker transport, as serve --ipc; every"
              + " transport also gets a short max-throughput row (default: ${DEFAULT-VALUE}).")
  String ipc;

  @Override
  public Integer call() throws Exception {
    IpcTransport transport = IpcTransport.parse("ipc", ipc);
    Path dir =
        runDir != null
            ? runDir
            : Path.of(
                System.getProperty("java.io.tmpdir"),
                "faultline-bench-" + ProcessHandle.current().pid());
    if (BenchOverheadCommand.PART.equals(part)) {
      return BenchOverheadCommand.run(reportJson, reportHtml, dir, transport);
    }
    PartSettings parts =
        new PartSettings(
            ipcTime,
            roundTrips,
            jvmStarts,
            loadDuration,
            rate,
            workers,
            syncIncrements,
            matrixJson,
            matrixWindow);
    BenchSettings s =
        new BenchSettings(
            BenchSettings.parseParts(part),
            parts,
            timeLimit,
            reportJson,
            reportMd,
            reportHtml,
            dir);
    return new BenchRunner(s, new Console(System.out)).run();
  }
}
