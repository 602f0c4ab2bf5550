package dev.faultline.supervisor.metrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A process's memory as the kernel counts it, from {@code /proc/<pid>/smaps_rollup}: resident (what
 * the OOM killer and a container limit see) and private (resident pages no other process shares:
 * what this process costs on its own, the honest price of one more worker JVM).
 *
 * @param rssBytes resident set size
 * @param privateBytes private clean plus private dirty pages
 */
public record ProcMemory(long rssBytes, long privateBytes) {
  public static final ProcMemory UNKNOWN = new ProcMemory(-1, -1);

  /** The process's memory now, or {@link #UNKNOWN} when it is gone or /proc cannot be read. */
  public static ProcMemory of(long pid) {
    try {
      return parse(Files.readAllLines(Path.of("/proc", String.valueOf(pid), "smaps_rollup")));
    } catch (IOException | RuntimeException e) {
      return UNKNOWN;
    }
  }

  /** {@code Rss: 51234 kB}, {@code Private_Clean: 12 kB}, {@code Private_Dirty: 40000 kB} */
  static ProcMemory parse(List<String> lines) {
    long rss = -1;
    long priv = 0;
    for (String line : lines) {
      if (line.startsWith("Rss:")) {
        rss = kib(line) * 1024;
      } else if (line.startsWith("Private_Clean:") || line.startsWith("Private_Dirty:")) {
        priv += kib(line) * 1024;
      }
    }
    return rss < 0 ? UNKNOWN : new ProcMemory(rss, priv);
  }

  /** Resident memory in KiB, or empty when the process is gone or /proc cannot be read. */
  public static java.util.OptionalLong residentKib(long pid) {
    ProcMemory m = of(pid);
    return m.known()
        ? java.util.OptionalLong.of(m.rssBytes / 1024)
        : java.util.OptionalLong.empty();
  }

  public boolean known() {
    return rssBytes >= 0;
  }

  private static long kib(String line) {
    String[] parts = line.substring(line.indexOf(':') + 1).trim().split("\\s+");
    return Long.parseLong(parts[0]);
  }
}
