package dev.faultline.client;

import dev.faultline.config.ConfigException;
import io.vertx.core.json.JsonObject;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pass/fail rule on one target's result, written {@code TARGET.METRIC OP VALUE} as k6 writes
 * thresholds: {@code process.availability>=0.999}, {@code process.latency.p99<50ms}, {@code
 * thread.collateralFailures==0}. Latency values take {@code us}, {@code ms} (the default) or {@code
 * s}; availability takes a ratio or a percentage. Latency is the corrected figure unless the metric
 * says {@code uncorrectedLatency}.
 */
public record Threshold(String text, String target, String metric, String op, double value) {
  public static final String KEY = "threshold";
  public static final List<String> COUNTERS =
      List.of(
          "sent",
          "ok",
          "failed",
          "poisoned",
          "collateralFailures",
          "wrongAnswers",
          "late",
          "notSent");
  public static final List<String> PERCENTILES =
      List.of("p50", "p90", "p99", "p999", "max", "mean");
  private static final Pattern FORM =
      Pattern.compile(
          "([A-Za-z0-9_-]{1,32})\\.([A-Za-z]+(?:\\.[a-z0-9]+)?)\\s*(<=|>=|==|<|>)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(us|ms|s|%)?");

  public static Threshold parse(String text, Collection<String> targets) {
    Matcher m = FORM.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new ConfigException(
          KEY, "must look like TARGET.METRIC<OP>VALUE, e.g. process.latency.p99<50ms", text);
    }
    if (!targets.contains(m.group(1))) {
      throw new ConfigException(KEY, "target must be one of " + String.join(", ", targets), text);
    }
    String metric = m.group(2);
    checkMetric(metric, text);
    double value = scaled(metric, Double.parseDouble(m.group(4)), m.group(5), text);
    return new Threshold(text.trim(), m.group(1), metric, m.group(3), value);
  }

  private static void checkMetric(String metric, String text) {
    String[] parts = metric.split("\\.");
    boolean latency =
        parts.length == 2
            && (parts[0].equals("latency") || parts[0].equals("uncorrectedLatency"))
            && PERCENTILES.contains(parts[1]);
    if (!latency && !metric.equals("availability") && !COUNTERS.contains(metric)) {
      throw new ConfigException(
          KEY,
          "metric must be availability, latency.P or uncorrectedLatency.P (P one of "
              + String.join(", ", PERCENTILES)
              + ") or one of "
              + String.join(", ", COUNTERS),
          text);
    }
  }

  /**
   * Latency to milliseconds, a percentage to a ratio; a unit that does not fit the metric is an
   * error.
   */
  private static double scaled(String metric, double value, String unit, String text) {
    boolean latency = metric.contains(".");
    if (metric.equals("availability") && unit == null && value > 1) {
      throw new ConfigException(
          KEY, "availability is a ratio from 0 to 1, or a percentage like 99.9%", text);
    }
    if (unit == null) {
      return value;
    }
    if (latency && !unit.equals("%")) {
      return switch (unit) {
        case "us" -> value / 1000;
        case "s" -> value * 1000;
        default -> value;
      };
    }
    if (metric.equals("availability") && unit.equals("%")) {
      return value / 100;
    }
    throw new ConfigException(KEY, "unit " + unit + " does not fit metric " + metric, text);
  }

  /** Checks one target's summary (as {@link LoadReport} writes it). A missing figure fails. */
  ThresholdResult check(JsonObject summary) {
    double actual = actual(summary);
    boolean passed =
        !Double.isNaN(actual)
            && switch (op) {
              case "<" -> actual < value;
              case "<=" -> actual <= value;
              case ">" -> actual > value;
              case ">=" -> actual >= value;
              default -> actual == value;
            };
    return new ThresholdResult(this, actual, passed);
  }

  private double actual(JsonObject summary) {
    Object v;
    if (metric.contains(".")) {
      String[] parts = metric.split("\\.");
      JsonObject latency = summary.getJsonObject(parts[0] + "Ms");
      v = latency == null ? null : latency.getValue(parts[1]);
    } else {
      v = summary.getValue(metric);
    }
    return v instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  /** The unit the metric's value is shown in. */
  String unit() {
    return metric.contains(".") ? " ms" : "";
  }

  String format(double x) {
    return Double.isNaN(x) ? "no data" : String.format(Locale.ROOT, "%s%s", trim(x), unit());
  }

  private static String trim(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e15
        ? String.valueOf((long) x)
        : String.format(Locale.ROOT, "%.6g", x);
  }
}
