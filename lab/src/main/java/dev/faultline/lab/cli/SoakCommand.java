package dev.faultline.lab.cli;

import dev.faultline.config.ExitCodes;
import dev.faultline.lab.soak.SoakRun;
import dev.faultline.lab.soak.SoakSettings;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code faultline soak --crashes N}: N worker deaths of mixed causes under load, then checks. */
@Command(
    name = "soak",
    mixinStandardHelpOptions = true,
    description = {
      "Causes N worker deaths in a process-mode server under steady load and checks it came through.",
      "The deaths: faulted requests (segfault, exit, halt, oom) and signals from outside (KILL,"
          + " SEGV, TERM, STOP) during requests and during boot, at a pace the budget allows and in"
          + " bursts beyond it. Then it checks and prints, with measured values: master alive and"
          + " never restarted, every death classified with its true cause, zero bystander failures"
          + " outside the pauses, full strength after every burst, no zombie or leftover, master"
          + " fds/threads back to baseline, RSS grown < 10%%, run dir bounded.",
      "Exit status: "
          + ExitCodes.OK
          + " when every check passed, "
          + ExitCodes.SOAK_CHECKS_FAILED
          + " when one failed, "
          + ExitCodes.USAGE
          + " for bad flags."
    })
final class SoakCommand implements Callable<Integer> {
  @Mixin SharedOptions.Seed seed;
  @Mixin SharedOptions.RunDir runDir;

  @Option(
      names = "--crashes",
      description = "Worker deaths to cause (default: ${DEFAULT-VALUE}, 1-10000).")
  int crashes;

  @Option(
      names = "--workers",
      description =
          "Worker slots of the server; it gets one spare more (default: ${DEFAULT-VALUE}).")
  int workers;

  @Option(
      names = "--rate",
      description = "Requests without a fault per second (default: ${DEFAULT-VALUE}).")
  double rate;

  @Option(
      names = "--unit-heap-mb",
      description = "Heap of each worker JVM in MiB (default: ${DEFAULT-VALUE}).")
  int unitHeapMb;

  @Override
  public Integer call() throws Exception {
    SoakSettings s =
        new SoakSettings(
            crashes, workers, rate, unitHeapMb, seed.orRandom(), runDir.orNewTempDir("soak"));
    return new SoakRun(s, System.out).run();
  }
}
