package dev.faultline.lab.bench.verdict;

import java.util.Locale;

/** How the verdict sentences print numbers: enough digits to read, never rounded to nothing. */
final class Numbers {
  private Numbers() {}

  /** {@code 12.3}, {@code 0.412}, {@code 1,234} */
  static String of(double v) {
    double a = Math.abs(v);
    if (a >= 100) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    if (a >= 1) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    return String.format(Locale.ROOT, "%.3f", v);
  }

  /** {@code 17x} */
  static String times(double ratio) {
    return of(ratio) + "x";
  }

  static String mib(double kib) {
    return of(kib / 1024) + " MiB";
  }
}
