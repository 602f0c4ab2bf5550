package dev.faultline.lab.bench.proc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where the threads of one process keep their stacks: each thread's stack pointer, read from {@code
 * /proc/<pid>/task/<tid>/syscall} (a thread blocked in a system call shows it; a running one says
 * {@code running}), looked up in the process's one {@code /proc/<pid>/maps}. N threads with their
 * pointers in N distinct mappings of one maps file: one address space, a stack each.
 *
 * @param threads threads of the process
 * @param withStackPointer threads whose stack pointer could be read
 * @param stackMappings distinct mappings holding those stack pointers
 * @param mappings mappings in the process's maps file
 */
public record StackMappings(int threads, int withStackPointer, int stackMappings, int mappings) {
  public static StackMappings of(long pid) throws IOException {
    Path proc = Path.of("/proc", String.valueOf(pid));
    List<long[]> maps = ranges(Files.readAllLines(proc.resolve("maps")));
    List<Path> tasks;
    try (Stream<Path> s = Files.list(proc.resolve("task"))) {
      tasks = s.toList();
    }
    Set<Long> holding = new HashSet<>();
    int withSp = 0;
    for (Path task : tasks) {
      long sp = stackPointer(task);
      if (sp != 0) {
        withSp++;
        maps.stream().filter(r -> r[0] <= sp && sp < r[1]).forEach(r -> holding.add(r[0]));
      }
    }
    return new StackMappings(tasks.size(), withSp, holding.size(), maps.size());
  }

  private static long stackPointer(Path task) {
    try {
      return parseSyscall(Files.readString(task.resolve("syscall")));
    } catch (IOException e) {
      return 0; // ended, or not ours to read
    }
  }

  /** {@code "202 0x7f.. 0x80 0x0 0x0 0x0 0x0 0x7f12bd7fe9a0 0x7f12c0aa1b2f"} -> the 8th field. */
  static long parseSyscall(String line) {
    String[] f = line.trim().split("\\s+");
    if (f.length < 9) {
      return 0;
    }
    return Long.parseUnsignedLong(f[7].substring(2), 16);
  }

  static List<long[]> ranges(List<String> maps) {
    return maps.stream()
        .map(l -> l.substring(0, l.indexOf(' ')).split("-"))
        .map(r -> new long[] {Long.parseUnsignedLong(r[0], 16), Long.parseUnsignedLong(r[1], 16)})
        .toList();
  }
}
