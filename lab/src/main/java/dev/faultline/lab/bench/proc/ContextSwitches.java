package dev.faultline.lab.bench.proc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Voluntary and involuntary context switches of every thread of a process, summed over {@code
 * /proc/<pid>/task/<tid>/status} ({@code /proc/<pid>/status} alone counts only the main thread). A
 * thread that ended takes its counts with it, so read before and after a load the same way.
 */
public record ContextSwitches(long voluntary, long involuntary) {
  public static ContextSwitches of(long pid) throws IOException {
    ContextSwitches sum = new ContextSwitches(0, 0);
    try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
      for (Path task : tasks.toList()) {
        sum = sum.plus(ofTask(task.resolve("status")));
      }
    }
    return sum;
  }

  /**
   * Of a process and every process below it: a thread-mode server alone, a process-mode master with
   * its workers. A worker that ended during the load takes its counts with it.
   */
  public static ContextSwitches ofTree(long pid) throws IOException {
    ContextSwitches sum = of(pid);
    for (ProcessHandle child :
        ProcessHandle.of(pid).map(h -> h.descendants().toList()).orElse(List.of())) {
      try {
        sum = sum.plus(of(child.pid()));
      } catch (IOException e) {
        // the child ended between the listing and the read: its counts went with it
      }
    }
    return sum;
  }

  private static ContextSwitches ofTask(Path status) {
    try {
      return parse(Files.readAllLines(status));
    } catch (IOException e) {
      return new ContextSwitches(0, 0); // the thread ended between the listing and the read
    }
  }

  static ContextSwitches parse(List<String> status) {
    return new ContextSwitches(
        MemoryUse.field(status, "voluntary_ctxt_switches:"),
        MemoryUse.field(status, "nonvoluntary_ctxt_switches:"));
  }

  public ContextSwitches plus(ContextSwitches o) {
    return new ContextSwitches(voluntary + o.voluntary, involuntary + o.involuntary);
  }

  public ContextSwitches minus(ContextSwitches o) {
    return new ContextSwitches(voluntary - o.voluntary, involuntary - o.involuntary);
  }

  public long total() {
    return voluntary + involuntary;
  }
}
