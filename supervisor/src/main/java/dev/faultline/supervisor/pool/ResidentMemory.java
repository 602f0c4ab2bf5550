package dev.faultline.supervisor.pool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * A process's resident memory as the kernel counts it: the {@code VmRSS} line of {@code
 * /proc/<pid>/status} (heap, metaspace, code cache, thread stacks, mapped files: what the OOM
 * killer and a container limit see, not just the Java heap).
 */
final class ResidentMemory {
  private ResidentMemory() {}

  /** Resident memory in KiB, or empty when the process is gone or /proc cannot be read. */
  static OptionalLong kib(long pid) {
    try {
      return parseKib(Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")));
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
  }

  /** {@code VmRSS: 51234 kB} */
  static OptionalLong parseKib(List<String> statusLines) {
    for (String line : statusLines) {
      if (line.startsWith("VmRSS:")) {
        String[] parts = line.substring("VmRSS:".length()).trim().split("\\s+");
        try {
          return OptionalLong.of(Long.parseLong(parts[0]));
        } catch (NumberFormatException e) {
          return OptionalLong.empty();
        }
      }
    }
    return OptionalLong.empty();
  }
}
