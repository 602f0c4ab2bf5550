package dev.faultline.lab.cli;

import dev.faultline.config.ExitCodes;
import dev.faultline.config.Mode;
import dev.faultline.config.ServerSettings;
import dev.faultline.config.Supervision;
import dev.faultline.supervisor.serve.Server;
import dev.faultline.worker.ParentWatch;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code faultline serve}: one server, in one mode, until it is stopped (or killed by a fault). */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Runs one server: the HTTP front plus a pool of threads (thread mode) or of worker JVMs",
      "(process mode) that run the workload. GET /work?input=42&cost=10, /health, /status."
    })
final class ServeCommand implements Callable<Integer> {
  static final String TOKEN_ENV = "FAULTLINE_CHAOS_TOKEN";

  @Option(
      names = "--mode",
      required = true,
      paramLabel = "thread|process",
      description = "Where the workload runs: threads of this JVM, or forked worker JVMs.")
  String mode;

  @Option(
      names = "--host",
      description =
          "Address to bind (default: ${DEFAULT-VALUE}; loopback only unless you mean it).")
  String host;

  @Option(
      names = "--port",
      description = "Port to listen on, 0 for any free port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = {"--workers", "--threads"},
      description =
          "Units serving the workload: threads in thread mode, worker JVMs in process mode "
              + "(default: ${DEFAULT-VALUE}, 1-"
              + ServerSettings.MAX_UNITS
              + ").")
  int units;

  @Option(
      names = "--unit-heap-mb",
      description =
          "Heap per unit in MiB; a thread-mode server should run with units x this "
              + "(default: ${DEFAULT-VALUE}).")
  int unitHeapMb;

  @Option(
      names = "--chaos-token",
      paramLabel = "TOKEN",
      description =
          "Enables fault injection for requests carrying header X-Chaos-Token: TOKEN. "
              + "Also read from $"
              + TOKEN_ENV
              + ". Default: chaos off.")
  String chaosToken;

  @Option(
      names = "--run-dir",
      paramLabel = "DIR",
      description =
          "Where the IPC socket and the workers' crash reports (hs_err) go; the server JVM's own "
              + "hs_err goes where its -XX:ErrorFile says (./faultline: the system temp directory) "
              + "(default: a new faultline-<mode>-<pid> directory under the system temp directory).")
  Path runDir;

  @Option(
      names = "--exit-on-stdin-eof",
      hidden = true,
      description =
          "Stop when stdin reaches end of file: set by a parent that holds it open (the demo root), "
              + "so the server never outlives it.")
  boolean exitOnStdinEof;

  @Mixin SupervisionOptions supervision;

  @Option(
      names = "--test-hook",
      hidden = true,
      paramLabel = "SPEC",
      description =
          "Test hooks for worker JVMs (integration tests only): boot-exit-if=PATH, stall-loop-on=N, "
              + "spin-job-on=N, sleep-job-on=N:MS, comma-separated. See dev.faultline.worker.TestHooks.")
  String testHook;

  @Override
  public Integer call() throws Exception {
    Mode m = Mode.parse("mode", mode);
    String token = chaosToken != null ? chaosToken : System.getenv(TOKEN_ENV);
    Path dir = runDir != null ? runDir : SharedOptions.RunDir.newTempDir(m.label());
    ServerSettings settings = new ServerSettings(m, host, port, units, unitHeapMb, token, dir);
    Supervision rules = supervision.toSupervision();
    if (exitOnStdinEof) {
      // System.exit, not halt: the shutdown hook stops this server's workers on the way out
      ParentWatch.onStdinEof(() -> System.exit(ExitCodes.OK));
    }
    return new Server(settings, rules, testHook).runUntilStopped();
  }
}
