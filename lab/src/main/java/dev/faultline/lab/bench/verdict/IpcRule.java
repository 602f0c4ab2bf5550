package dev.faultline.lab.bench.verdict;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Claim 2, "shared memory is the fastest": compares the median round trips of the IPC kinds (not
 * the in-JVM baseline). Shared memory ({@code shm}, or the mapped file, the same mechanism) must be
 * the fastest with a core per side; if it loses once both sides share one core (its spinning side
 * holds the only core), that is the nuance.
 */
public final class IpcRule {
  static final Set<String> SHARED_MEMORY = Set.of("shm", "mmap");

  /**
   * @param twoCoresP50Us median round trip per kind, each side on its own core
   * @param oneCoreP50Us median round trip per kind, both sides pinned to one core
   */
  public record Input(Map<String, Double> twoCoresP50Us, Map<String, Double> oneCoreP50Us) {}

  private IpcRule() {}

  public static Judgement judge(Input in) {
    Optional<Map.Entry<String, Double>> two = fastest(in.twoCoresP50Us());
    Optional<Map.Entry<String, Double>> one = fastest(in.oneCoreP50Us());
    if (two.isEmpty() || !in.twoCoresP50Us().keySet().stream().anyMatch(SHARED_MEMORY::contains)) {
      return Judgement.notMeasured("shared memory could not be measured here");
    }
    if (!SHARED_MEMORY.contains(two.get().getKey())) {
      return Judgement.doesNotHold(
          "The fastest round trip with a core per side was "
              + describe(two.get())
              + ", not shared memory ("
              + sharedMemory(in.twoCoresP50Us())
              + ").");
    }
    if (one.isPresent() && !SHARED_MEMORY.contains(one.get().getKey())) {
      return Judgement.nuance(
          "Shared memory is the fastest only with a core per side ("
              + describe(two.get())
              + "); pinned to one core it takes "
              + sharedMemory(in.oneCoreP50Us())
              + " against "
              + describe(one.get())
              + ", because a spinning side holds the only core.");
    }
    return Judgement.holds(
        "Shared memory was the fastest on one core and on two: " + describe(two.get()) + ".");
  }

  private static Optional<Map.Entry<String, Double>> fastest(Map<String, Double> p50) {
    return p50.entrySet().stream().min(Comparator.comparingDouble(Map.Entry::getValue));
  }

  private static String sharedMemory(Map<String, Double> p50) {
    return p50.entrySet().stream()
        .filter(e -> SHARED_MEMORY.contains(e.getKey()))
        .min(Comparator.comparingDouble(Map.Entry::getValue))
        .map(IpcRule::describe)
        .orElse("not measured");
  }

  private static String describe(Map.Entry<String, Double> e) {
    return e.getKey() + " " + Numbers.of(e.getValue()) + " µs";
  }
}
