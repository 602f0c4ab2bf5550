package dev.faultline.config;

import java.time.Duration;

/**
 * When a healthy worker is retired and replaced on purpose, before a slow leak turns into a crash.
 * Each limit is off at 0. A recycled worker first stops taking requests, finishes the ones it has,
 * then exits: recycling never fails a request.
 *
 * @param maxRequests requests a worker serves before it is recycled (gunicorn's {@code
 *     max_requests})
 * @param maxRequestsJitter a random 0..this is added per worker, so workers do not all recycle at
 *     once
 * @param maxRssMb resident memory, read from {@code /proc/<pid>/smaps_rollup} (Rss), above which a
 *     worker is recycled (PM2's {@code max_memory_restart}, uWSGI's {@code reload-on-rss})
 * @param maxLifetime a worker up this long is recycled
 */
public record Recycling(
    long maxRequests, long maxRequestsJitter, int maxRssMb, Duration maxLifetime) {
  public static final long MAX_REQUESTS = 1_000_000_000L;
  public static final int MIN_RSS_MB = 16;
  public static final int MAX_RSS_MB = 65_536;

  public Recycling {
    Check.range("max-requests", maxRequests, 0, MAX_REQUESTS);
    Check.range("max-requests-jitter", maxRequestsJitter, 0, MAX_REQUESTS);
    if (maxRssMb != 0) {
      Check.range("max-rss-mb", maxRssMb, MIN_RSS_MB, MAX_RSS_MB);
    }
    Check.zeroOrBetween("max-lifetime", maxLifetime, Duration.ofSeconds(1), Duration.ofDays(30));
  }

  public static Recycling off() {
    return new Recycling(0, 0, 0, Duration.ZERO);
  }

  public boolean enabled() {
    return maxRequests > 0 || maxRssMb > 0 || !maxLifetime.isZero();
  }
}
