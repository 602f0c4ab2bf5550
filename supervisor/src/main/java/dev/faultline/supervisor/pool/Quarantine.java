package dev.faultline.supervisor.pool;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Poison requests. A fingerprint (method, path and query) is implicated each time a worker dies by
 * a cause a request can have (a crash, a hang) while a request with it was in flight; on its second
 * implication it is quarantined: refused at once, without touching a worker, for {@code duration}.
 * A retried suspect that succeeds is acquitted. Owned by the pool's loop; the clock is injected so
 * the rules are tested without sleeps.
 */
final class Quarantine {
  /** Implications it takes to be poison: in flight on two workers that both died. */
  static final int DEATHS_TO_QUARANTINE = 2;

  private static final int MAX_ENTRIES = 10_000;

  private record Suspicion(List<Long> deadPids, Instant last, Instant until) {}

  private final Duration duration;
  private final Clock clock;
  private final Map<String, Suspicion> ledger =
      new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Suspicion> eldest) {
          return size() > MAX_ENTRIES;
        }
      };

  Quarantine(Duration duration, Clock clock) {
    this.duration = duration;
    this.clock = clock;
  }

  /**
   * Records that a worker (pid) died with this fingerprint in flight; returns the deaths so far.
   */
  int implicate(String fingerprint, long deadPid) {
    Suspicion s = current(fingerprint);
    List<Long> pids = new ArrayList<>(s == null ? List.of() : s.deadPids());
    if (!pids.contains(deadPid)) {
      pids.add(deadPid);
    }
    Instant now = clock.instant();
    Instant until = pids.size() >= DEATHS_TO_QUARANTINE ? now.plus(duration) : Instant.MIN;
    ledger.put(fingerprint, new Suspicion(List.copyOf(pids), now, until));
    return pids.size();
  }

  /** How much longer this fingerprint is refused, if it is quarantined now. */
  Optional<Duration> remaining(String fingerprint) {
    Suspicion s = current(fingerprint);
    Instant now = clock.instant();
    return s == null || !s.until().isAfter(now)
        ? Optional.empty()
        : Optional.of(Duration.between(now, s.until()));
  }

  /** The pids of the workers that died with this fingerprint in flight. */
  List<Long> deadPids(String fingerprint) {
    Suspicion s = current(fingerprint);
    return s == null ? List.of() : s.deadPids();
  }

  void acquit(String fingerprint) {
    ledger.remove(fingerprint);
  }

  long quarantinedNow() {
    Instant now = clock.instant();
    return ledger.values().stream().filter(s -> s.until().isAfter(now)).count();
  }

  /**
   * The entry, unless it expired: a suspicion lasts {@code duration}, a quarantine until its end.
   */
  private Suspicion current(String fingerprint) {
    Suspicion s = ledger.get(fingerprint);
    Instant now = clock.instant();
    if (s != null && !s.until().isAfter(now) && !s.last().plus(duration).isAfter(now)) {
      ledger.remove(fingerprint);
      return null;
    }
    return s;
  }
}
