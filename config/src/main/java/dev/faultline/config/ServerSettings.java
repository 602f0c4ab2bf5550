package dev.faultline.config;

import java.nio.file.Path;

/**
 * How one server runs: its mode, where it listens, how many units serve the workload and the heap
 * each unit may use. Thread mode's JVM gets {@code units x unitHeapMb} so both modes have the same
 * total heap and the OOM comparison is fair.
 *
 * @param chaosToken null when chaos is off (the default): fault requests then get 403
 */
public record ServerSettings(
    Mode mode, String host, int port, int units, int unitHeapMb, String chaosToken, Path runDir) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final int DEFAULT_UNITS = 4;
  public static final int MAX_UNITS = 64;
  public static final int DEFAULT_UNIT_HEAP_MB = 64;
  public static final int MIN_UNIT_HEAP_MB = 16;
  public static final int MAX_UNIT_HEAP_MB = 4096;
  public static final int MIN_CHAOS_TOKEN_LENGTH = 8;

  public ServerSettings {
    Check.present("mode", mode);
    Check.present("host", host);
    Check.range("port", port, 0, 65_535);
    Check.range(mode.units(), units, 1, MAX_UNITS);
    Check.range("unit-heap-mb", unitHeapMb, MIN_UNIT_HEAP_MB, MAX_UNIT_HEAP_MB);
    if (chaosToken != null && chaosToken.length() < MIN_CHAOS_TOKEN_LENGTH) {
      throw new ConfigException(
          "chaos-token",
          "must have at least " + MIN_CHAOS_TOKEN_LENGTH + " characters",
          "(" + chaosToken.length() + " characters)");
    }
    Check.present("run-dir", runDir);
  }

  public boolean chaosEnabled() {
    return chaosToken != null;
  }

  /** The heap the whole server may use: one unit's heap per unit, in either mode. */
  public int heapBudgetMb() {
    return units * unitHeapMb;
  }
}
