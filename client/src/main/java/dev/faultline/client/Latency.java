package dev.faultline.client;

import io.vertx.core.json.JsonObject;
import org.HdrHistogram.Histogram;

/**
 * Latency figures in milliseconds read off a histogram of microseconds. An empty histogram (no
 * request without a fault in that interval) reads as {@link #NONE}, not as zero.
 */
record Latency(double p50, double p90, double p99, double p999, double max, double mean) {
  static final long MAX_MICROS = 3_600_000_000L;
  static final Latency NONE =
      new Latency(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

  static Latency of(Histogram h) {
    if (h.getTotalCount() == 0) {
      return NONE;
    }
    return new Latency(
        ms(h.getValueAtPercentile(50)),
        ms(h.getValueAtPercentile(90)),
        ms(h.getValueAtPercentile(99)),
        ms(h.getValueAtPercentile(99.9)),
        ms(h.getMaxValue()),
        h.getMean() / 1000.0);
  }

  /** Only the p99 of an uncorrected per-second histogram is kept. */
  static double uncorrectedP99(Histogram h) {
    return h.getTotalCount() == 0 ? Double.NaN : ms(h.getValueAtPercentile(99));
  }

  static long clamp(long micros) {
    return Math.min(Math.max(micros, 1), MAX_MICROS);
  }

  static Histogram histogram(int significantDigits) {
    return new Histogram(1, MAX_MICROS, significantDigits);
  }

  boolean empty() {
    return Double.isNaN(p50);
  }

  /** The skeleton's fields p50, p99, max, plus p90, p999 and mean; null values when empty. */
  JsonObject toJson() {
    return new JsonObject()
        .put("p50", json(p50))
        .put("p99", json(p99))
        .put("max", json(max))
        .put("p90", json(p90))
        .put("p999", json(p999))
        .put("mean", json(mean));
  }

  static Double json(double ms) {
    return Double.isNaN(ms) ? null : Math.round(ms * 1000) / 1000.0;
  }

  private static double ms(long micros) {
    return micros / 1000.0;
  }
}
