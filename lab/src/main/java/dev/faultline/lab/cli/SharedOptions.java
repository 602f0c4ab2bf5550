package dev.faultline.lab.cli;

import dev.faultline.config.Mode;
import dev.faultline.server.DurationConverter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine.Option;

/**
 * The options several commands share, as picocli mixins: each flag's name and help text written
 * once. Their defaults come from {@link ConfigDefaults}, per command where they differ.
 */
final class SharedOptions {
  private SharedOptions() {}

  /** {@code --modes}: demo, matrix. */
  static final class Modes {
    @Option(
        names = "--modes",
        paramLabel = "LIST",
        description =
            "The modes to run side by side, a server of each, comma-separated: thread, process,"
                + " cluster (default: ${DEFAULT-VALUE}).")
    String value;

    List<Mode> parsed() {
      return Mode.parseList("modes", value);
    }
  }

  /** {@code --cost}: demo, load, matrix. */
  static final class Cost {
    @Option(
        names = "--cost",
        paramLabel = "<cost>",
        description = "Workload cost of each request, 0-10000 (default: ${DEFAULT-VALUE}).")
    int value;
  }

  /** {@code --seed}: demo, load, matrix. */
  static final class Seed {
    @Option(
        names = "--seed",
        paramLabel = "<seed>",
        description =
            "Seed of the request inputs; the same seed gives the same run "
                + "(default: random, printed).")
    Long value;

    long orRandom() {
      return value != null ? value : ThreadLocalRandom.current().nextLong();
    }
  }

  /** {@code --fault-every}: demo, load. */
  static final class FaultEvery {
    @Option(
        names = "--fault-every",
        paramLabel = "<faultEvery>",
        converter = DurationConverter.class,
        description =
            "Time between two injected faults; the first comes after one interval (default: "
                + "${DEFAULT-VALUE}).")
    Duration value;
  }

  /** {@code --report-json}: demo, load, matrix. */
  static final class ReportJson {
    @Option(
        names = "--report-json",
        paramLabel = "FILE",
        description = "Also write the report as JSON here.")
    Path value;
  }

  /** {@code --run-dir} of the commands that start servers themselves: demo, matrix. */
  static final class RunDir {
    @Option(
        names = "--run-dir",
        paramLabel = "DIR",
        description =
            "Where the servers' run directories, logs and crash reports go (default: a new "
                + "directory under the system temp directory).")
    Path value;

    /** The given directory, else {@code <temp>/faultline-<kind>-<pid>}. */
    Path orNewTempDir(String kind) {
      return value != null ? value : newTempDir(kind);
    }

    static Path newTempDir(String kind) {
      return Path.of(
          System.getProperty("java.io.tmpdir"),
          "faultline-" + kind + "-" + ProcessHandle.current().pid());
    }
  }

  /** {@code --workers} and {@code --unit-heap-mb} of the commands that start both modes. */
  static final class ServerShape {
    @Option(
        names = "--workers",
        description =
            "Units per server: worker JVMs in process mode, threads in thread mode (default: "
                + "${DEFAULT-VALUE}).")
    int workers;

    @Option(
        names = "--unit-heap-mb",
        description =
            "Heap per worker in MiB; the thread-mode server gets workers x this (default: "
                + "${DEFAULT-VALUE}).")
    int unitHeapMb;
  }
}
