package dev.faultline.lab.bench.overhead;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process's private memory, as Linux counts it in {@code /proc/<pid>/smaps_rollup}: {@code
 * Private_Clean + Private_Dirty}, the pages no other process shares, which is what one more worker
 * costs the machine (pages of the JDK's and the start-up archive's files shared with other workers
 * are not counted).
 */
final class PrivateMemory {
  private PrivateMemory() {}

  /** In KiB, or -1 when the process is gone or the file cannot be read. */
  static long kib(long pid) {
    try {
      return parse(Files.readString(Path.of("/proc", String.valueOf(pid), "smaps_rollup")));
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  static long parse(String smapsRollup) {
    long kib = 0;
    for (String line : smapsRollup.split("\n")) {
      if (line.startsWith("Private_Clean:") || line.startsWith("Private_Dirty:")) {
        kib += Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return kib;
  }
}
