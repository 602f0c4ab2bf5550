package dev.faultline.lab.bench.proc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * From {@code /proc/<pid>/smaps}: how many KiB of the mappings of some files (the JDK's CDS
 * archive, libjvm) are shared pages, that is, mapped by this process and at least one other. Those
 * pages are in RAM once however many JVMs map them.
 */
public final class SharedMappings {
  private SharedMappings() {}

  public static long sharedKib(long pid, Predicate<String> file) throws IOException {
    return sharedKib(Files.readAllLines(Path.of("/proc", String.valueOf(pid), "smaps")), file);
  }

  static long sharedKib(List<String> smaps, Predicate<String> file) {
    long kib = 0;
    boolean counting = false;
    for (String line : smaps) {
      if (isMappingHeader(line)) {
        String[] f = line.trim().split("\\s+", 6);
        counting = f.length == 6 && file.test(f[5]);
      } else if (counting
          && (line.startsWith("Shared_Clean:") || line.startsWith("Shared_Dirty:"))) {
        kib += MemoryUse.field(List.of(line), line.substring(0, line.indexOf(':') + 1));
      }
    }
    return kib;
  }

  /** {@code 7f12a000-7f12b000 r--p 00000000 fe:01 1234 /usr/lib/.../libjvm.so} */
  static boolean isMappingHeader(String line) {
    int dash = line.indexOf('-');
    int space = line.indexOf(' ');
    return dash > 0
        && space > dash
        && line.substring(0, dash).chars().allMatch(SharedMappings::hex);
  }

  private static boolean hex(int c) {
    return Character.digit(c, 16) >= 0;
  }
}
