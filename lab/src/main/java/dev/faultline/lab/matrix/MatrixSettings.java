package dev.faultline.lab.matrix;

import dev.faultline.config.Check;
import dev.faultline.config.ConfigException;
import dev.faultline.config.Durations;
import dev.faultline.config.Mode;
import dev.faultline.config.ServerSettings;
import dev.faultline.config.WorkloadBounds;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What {@code faultline matrix} runs; validated like every settings record.
 *
 * @param faults fault specs, checked against the catalogue by the caller ({@code FaultNames})
 * @param modes a fresh server of each per fault, side by side, rows in this order
 * @param warmup fault-free load before the baseline, not counted (JIT, connections)
 * @param baseline fault-free load that must be all correct for the row to count
 * @param window how long after the injection is measured
 * @param timeout per background request; a request without an answer by then has failed
 * @param stuckAfter a unit whose current job has run this long at the end of the window is stuck
 * @param maxOpenFiles the servers' {@code ulimit -n}, 0 to inherit
 * @param reportJson null for none
 * @param reportMd null for none
 * @param reportHtml null for none
 */
public record MatrixSettings(
    List<String> faults,
    List<Mode> modes,
    int workers,
    double rate,
    int cost,
    int unitHeapMb,
    Duration warmup,
    Duration baseline,
    Duration window,
    Duration timeout,
    Duration stuckAfter,
    int maxOpenFiles,
    long seed,
    Path reportJson,
    Path reportMd,
    Path reportHtml,
    Path runDir) {

  /**
   * The two modes of the lesson; {@code --modes thread,process,cluster} adds the cluster's rows (a
   * node takes seconds to start, so each trial takes longer).
   */
  public static final String DEFAULT_MODES = "thread,process";

  public static final int DEFAULT_WORKERS = 2;
  public static final double DEFAULT_RATE = 50;
  public static final double MAX_RATE = 1000;
  public static final String DEFAULT_WARMUP = "2s";
  public static final String DEFAULT_BASELINE = "2s";
  public static final String DEFAULT_WINDOW = "6s";
  public static final String DEFAULT_TIMEOUT = "3s";
  public static final String DEFAULT_STUCK_AFTER = "2s";
  public static final int DEFAULT_MAX_OPEN_FILES = 4096;

  /** A recovery is a full second of correct answers, so a window must hold at least that. */
  public static final Duration MIN_WINDOW = Duration.ofMillis(1500);

  private static final Duration MAX_PHASE = Duration.ofMinutes(5);

  public MatrixSettings {
    faults = List.copyOf(Check.present("faults", faults));
    if (faults.isEmpty()) {
      throw new ConfigException("faults", "must name at least one fault", "none");
    }
    modes = List.copyOf(Check.present("modes", modes));
    if (modes.isEmpty()) {
      throw new ConfigException("modes", "names at least one mode", "");
    }
    Check.range("workers", workers, 1, ServerSettings.MAX_UNITS);
    Check.positive("rate", rate);
    if (rate > MAX_RATE) {
      throw new ConfigException("rate", "must be <= " + (long) MAX_RATE, rate);
    }
    WorkloadBounds.checkCost(cost);
    Check.range(
        "unit-heap-mb",
        unitHeapMb,
        ServerSettings.MIN_UNIT_HEAP_MB,
        ServerSettings.MAX_UNIT_HEAP_MB);
    bounded("warmup", warmup, Duration.ZERO);
    bounded("baseline", baseline, Duration.ofMillis(500));
    bounded("window", window, MIN_WINDOW);
    bounded("timeout", timeout, Duration.ofMillis(100));
    bounded("stuck-after", stuckAfter, Duration.ofMillis(100));
    if (maxOpenFiles != 0) {
      Check.range("max-open-files", maxOpenFiles, 256, 1 << 20);
    }
    Check.present("run-dir", runDir);
  }

  private static void bounded(String key, Duration value, Duration min) {
    Check.atLeast(key, value, min);
    if (value.compareTo(MAX_PHASE) > 0) {
      throw new ConfigException(
          key, "must be <= " + Durations.format(MAX_PHASE), Durations.format(value));
    }
  }

  /** The planned phases of a trial, counted from the start of its background load. */
  Timeline timeline() {
    long end = warmup.plus(baseline).toNanos();
    return new Timeline(warmup.toNanos(), end, end, end + window.toNanos());
  }
}
