package dev.faultline.lab.demo;

import dev.faultline.config.Durations;
import dev.faultline.config.Mode;
import dev.faultline.server.Main;
import dev.faultline.supervisor.launch.JavaCommand;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line that starts one {@link ServerSpec} as a child JVM: {@code serve} with the spec's
 * flags, on the JVM flags every faultline JVM gets ({@link JavaCommand}). The server watches its
 * stdin ({@code --exit-on-stdin-eof}), so it follows the root however the root dies. With a file
 * limit the JVM starts through {@code sh -c 'ulimit -n N; exec java ...'} (the same pid).
 */
final class ServeCommandLine {
  /**
   * The class a served child JVM starts: the server's entry point, launched as a process with
   * {@code serve ...} like any other command (the server module sits below the lab, so the lab
   * names it as code).
   */
  static final String FAULTLINE_MAIN = Main.class.getName();

  /** Heap of a process-mode master: it runs no workload. */
  static final int MASTER_HEAP_MB = 128;

  /** How long a stopping server may drain (its {@code --shutdown-grace}). */
  static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(2);

  private ServeCommandLine() {}

  static List<String> of(ServerSpec spec) {
    List<String> java = javaCommand(spec);
    if (spec.maxOpenFiles() <= 0) {
      return java;
    }
    // lowering a limit is always allowed; if the hard limit is already below N, it stays as it is
    List<String> cmd =
        new ArrayList<>(
            List.of(
                "sh",
                "-c",
                "ulimit -n " + spec.maxOpenFiles() + " 2>/dev/null; exec \"$0\" \"$@\""));
    cmd.addAll(java);
    return cmd;
  }

  private static List<String> javaCommand(ServerSpec spec) {
    List<String> args = new ArrayList<>(serveArgs(spec));
    if (spec.haltsForGood()) {
      args.add("--exit-on-pool-exhausted"); // a halted pool exits 75, the root restarts it
    }
    args.addAll(spec.extraServeArgs());
    return spec.mode() == Mode.THREAD
        ? JavaCommand.forMain(spec.units() * spec.unitHeapMb(), spec.runDir(), FAULTLINE_MAIN, args)
        : JavaCommand.forMaster(MASTER_HEAP_MB, spec.runDir(), FAULTLINE_MAIN, args);
  }

  private static List<String> serveArgs(ServerSpec spec) {
    return List.of(
        "serve",
        "--mode",
        spec.mode().label(),
        "--port",
        String.valueOf(spec.port()),
        "--workers",
        String.valueOf(spec.units()),
        "--unit-heap-mb",
        String.valueOf(spec.unitHeapMb()),
        "--run-dir",
        spec.runDir().toString(),
        "--exit-on-stdin-eof",
        "--shutdown-grace",
        Durations.format(SHUTDOWN_GRACE));
  }
}
