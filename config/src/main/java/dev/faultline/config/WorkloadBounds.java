package dev.faultline.config;

/**
 * The documented bounds of a {@code GET /work} request. One cost unit is a fixed number of mixing
 * rounds of the workload; the upper bound keeps one request well under a second here.
 */
public final class WorkloadBounds {
  public static final int MIN_COST = 0;
  public static final int MAX_COST = 10_000;

  private WorkloadBounds() {}

  public static int checkCost(int cost) {
    return Check.range("cost", cost, MIN_COST, MAX_COST);
  }
}
