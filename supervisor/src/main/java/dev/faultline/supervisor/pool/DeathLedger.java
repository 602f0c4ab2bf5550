package dev.faultline.supervisor.pool;

import dev.faultline.supervisor.backend.UnitStatus.LastDeath;
import dev.faultline.supervisor.death.Ending;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The last death of each slot, as {@code /status} shows it: cause, when, and the requests that died
 * with it. Written from the crash report (the one place a death is told), read by the scoreboard.
 * Owned by the pool's loop.
 */
final class DeathLedger {
  private final Map<Integer, LastDeath> bySlot = new HashMap<>();

  void record(CrashReport r) {
    if (r.slotId() <= 0 || r.verdict().ending() == Ending.Retired.RECYCLED) {
      return; // a spare has no slot to show it under; a recycled worker did not die
    }
    String lost =
        r.fates().isEmpty()
            ? null
            : r.fates().stream()
                .map(f -> f.requestId() + " " + f.request() + " (" + f.kind().code() + ")")
                .collect(Collectors.joining(", "));
    bySlot.put(
        r.slotId(),
        new LastDeath(r.verdict().description(), r.verdict().ending().code(), r.time(), lost));
  }

  LastDeath of(int slotId) {
    return bySlot.get(slotId);
  }
}
