package dev.faultline.config;

import java.time.Duration;

/** Validation rules used by the settings records; each failure names the key and the value. */
public final class Check {
  private Check() {}

  public static int range(String key, int value, int min, int max) {
    if (value < min || value > max) {
      throw new ConfigException(key, "must be between " + min + " and " + max, value);
    }
    return value;
  }

  public static long range(String key, long value, long min, long max) {
    if (value < min || value > max) {
      throw new ConfigException(key, "must be between " + min + " and " + max, value);
    }
    return value;
  }

  public static double positive(String key, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new ConfigException(key, "must be > 0", value);
    }
    return value;
  }

  public static Duration atLeast(String key, Duration value, Duration min) {
    if (value == null || value.compareTo(min) < 0) {
      throw new ConfigException(
          key, "must be >= " + Durations.format(min), Durations.format(value));
    }
    return value;
  }

  public static double range(String key, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new ConfigException(key, "must be between " + min + " and " + max, value);
    }
    return value;
  }

  public static Duration between(String key, Duration value, Duration min, Duration max) {
    if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new ConfigException(
          key,
          "must be between " + Durations.format(min) + " and " + Durations.format(max),
          Durations.format(value));
    }
    return value;
  }

  /** Zero switches the feature off; anything else must lie in the range. */
  public static Duration zeroOrBetween(String key, Duration value, Duration min, Duration max) {
    if (value != null && value.isZero()) {
      return value;
    }
    if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new ConfigException(
          key,
          "must be 0 (off) or between " + Durations.format(min) + " and " + Durations.format(max),
          Durations.format(value));
    }
    return value;
  }

  public static <T> T present(String key, T value) {
    if (value == null) {
      throw new ConfigException(key, "is required", "nothing");
    }
    return value;
  }
}
