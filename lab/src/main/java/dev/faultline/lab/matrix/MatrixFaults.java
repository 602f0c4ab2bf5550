package dev.faultline.lab.matrix;

import java.util.List;

/**
 * The fault specs a matrix injects: as given, except a bare {@code leak}, which is sized to the
 * thread-mode server's whole heap ({@code workers x unit heap}, at most 4096 MiB). One injection
 * then shows where a slow leak ends, in both modes: a worker's heap is smaller, so a worker dies of
 * it too. Any explicit {@code leak:mb=N} is kept.
 */
final class MatrixFaults {
  static final int MAX_LEAK_MB = 4096;

  private MatrixFaults() {}

  static List<String> effective(List<String> specs, int workers, int unitHeapMb) {
    return specs.stream()
        .map(s -> s.equals("leak") ? "leak:mb=" + Math.min(MAX_LEAK_MB, workers * unitHeapMb) : s)
        .toList();
  }
}
