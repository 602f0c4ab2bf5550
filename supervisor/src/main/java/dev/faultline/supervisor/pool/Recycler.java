package dev.faultline.supervisor.pool;

import dev.faultline.config.Durations;
import dev.faultline.config.Recycling;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongFunction;

/**
 * Says which worker is due for recycling, and why: it served its request limit (max-requests plus a
 * per-worker random jitter, as gunicorn), its resident memory passed max-rss-mb (read from /proc at
 * most once a second per worker), or it has been up for max-lifetime. One worker is recycled at a
 * time, so capacity never drops by more than what the recycling costs.
 */
final class Recycler {
  private static final long RSS_CHECK_EVERY_NANOS = 1_000_000_000L;
  private final Recycling limits;
  private final LongFunction<OptionalLong> rssKib;

  Recycler(Recycling limits, LongFunction<OptionalLong> rssKib) {
    this.limits = limits;
    this.rssKib = rssKib;
  }

  /** The request limit for a new worker, 0 when there is none. */
  long requestLimitForNewWorker() {
    if (limits.maxRequests() == 0) {
      return 0;
    }
    long jitter =
        limits.maxRequestsJitter() == 0
            ? 0
            : ThreadLocalRandom.current().nextLong(limits.maxRequestsJitter() + 1);
    return limits.maxRequests() + jitter;
  }

  /** The slot whose worker should be recycled now, with the reason; none while a recycling runs. */
  Optional<Slot> due(Collection<Slot> slots, long nowNanos) {
    if (!limits.enabled() || slots.stream().anyMatch(Recycler::recycling)) {
      return Optional.empty();
    }
    for (Slot s : slots) {
      Worker w = s.worker;
      if (w != null && w.isServing() && s.successor == null) {
        String reason = reason(w, nowNanos);
        if (reason != null) {
          w.recycling.due(reason);
          return Optional.of(s);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean recycling(Slot s) {
    return s.worker != null && s.worker.recycling.reason() != null;
  }

  private String reason(Worker w, long now) {
    if (w.recycling.requestLimit() > 0 && w.served() >= w.recycling.requestLimit()) {
      return "served "
          + w.served()
          + " requests, limit "
          + w.recycling.requestLimit()
          + " (max-requests "
          + limits.maxRequests()
          + " + jitter)";
    }
    if (limits.maxRssMb() > 0 && w.recycling.rssCheckDue(now, RSS_CHECK_EVERY_NANOS)) {
      OptionalLong kib = rssKib.apply(w.pid);
      if (kib.isPresent() && kib.getAsLong() > limits.maxRssMb() * 1024L) {
        return "resident memory "
            + kib.getAsLong() / 1024
            + " MiB (Rss) over max-rss-mb "
            + limits.maxRssMb();
      }
    }
    long upMs = w.uptimeMillis(now);
    if (!limits.maxLifetime().isZero() && upMs >= limits.maxLifetime().toMillis()) {
      return "up " + upMs + " ms, max-lifetime " + Durations.format(limits.maxLifetime());
    }
    return null;
  }
}
