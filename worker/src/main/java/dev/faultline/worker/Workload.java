package dev.faultline.worker;

import dev.faultline.config.WorkloadBounds;

/**
 * The request workload: a pure, deterministic function of {@code (input, cost)}. CPU time grows
 * linearly with {@code cost}; the client recomputes the digest to verify every answer, so a
 * silently wrong answer is caught, not counted as a success.
 */
public final class Workload {
  /** SplitMix64 rounds per unit of cost. */
  public static final int ROUNDS_PER_COST = 10_000;

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private Workload() {}

  public static long digest(long input, int cost) {
    WorkloadBounds.checkCost(cost);
    long x = input;
    long rounds = (long) ROUNDS_PER_COST * cost + 1;
    for (long i = 0; i < rounds; i++) {
      x = mix(x + GOLDEN_GAMMA);
    }
    return x;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
