package dev.faultline.lab.bench.part;

import java.util.Arrays;

/** The median of repeated timings: one slow outlier (a loaded machine) does not move it. */
final class Medians {
  private Medians() {}

  static double of(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
}
