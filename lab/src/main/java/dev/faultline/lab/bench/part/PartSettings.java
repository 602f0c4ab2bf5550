package dev.faultline.lab.bench.part;

import dev.faultline.config.Check;
import dev.faultline.config.ConfigException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What bounds each part's work: counts and times, so every part ends by itself.
 *
 * @param ipcTime per kind and placement, the longest a round-trip measurement runs
 * @param roundTrips per kind and placement, the most round trips measured
 * @param jvmStarts JVM starts (to main, and worker to ready) to take the median of
 * @param loadDuration how long the served servers are loaded (memory, switch)
 * @param rate requests per second to each served server
 * @param workers units per served server
 * @param syncIncrements the most increments per thread in the sync part's race window
 * @param matrixJson a finished matrix report to read instead of running one; null to run one
 * @param matrixWindow the window of the short matrix the isolation part runs
 */
public record PartSettings(
    Duration ipcTime,
    long roundTrips,
    int jvmStarts,
    Duration loadDuration,
    double rate,
    int workers,
    long syncIncrements,
    Path matrixJson,
    Duration matrixWindow) {

  public static final String DEFAULT_IPC_TIME = "1s";
  public static final long DEFAULT_ROUND_TRIPS = 20_000;
  public static final int DEFAULT_JVM_STARTS = 5;
  public static final String DEFAULT_LOAD_DURATION = "5s";
  public static final double DEFAULT_RATE = 100;
  public static final int DEFAULT_WORKERS = 2;
  public static final long DEFAULT_SYNC_INCREMENTS = 200_000_000;
  public static final String DEFAULT_MATRIX_WINDOW = "2s";

  public PartSettings {
    Check.atLeast("ipc-time", ipcTime, Duration.ofMillis(100));
    positive("round-trips", roundTrips);
    positive("jvm-starts", jvmStarts);
    Check.atLeast("load-duration", loadDuration, Duration.ofSeconds(1));
    Check.positive("rate", rate);
    positive("workers", workers);
    positive("sync-increments", syncIncrements);
    Check.atLeast("matrix-window", matrixWindow, Duration.ofMillis(1500));
  }

  private static void positive(String key, long value) {
    if (value <= 0) {
      throw new ConfigException(key, "must be > 0", value);
    }
  }
}
