package dev.faultline.lab.it;

import dev.faultline.lab.demo.Termination;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The processes a test started and how to end them all: a root, its descendants, and whatever names
 * the test's own run directory on its command line (an orphaned worker has no parent left).
 */
final class ProcessTree {
  private ProcessTree() {}

  /** True when the process has exited (a zombie waiting for its parent counts as exited). */
  static boolean exited(ProcessHandle h) {
    return Termination.exited(h);
  }

  /**
   * Live processes whose command line names {@code dir}: only what a test started with that unique
   * dir.
   */
  static Set<ProcessHandle> processesMentioning(Path dir) {
    String needle = dir.toAbsolutePath().toString();
    long self = ProcessHandle.current().pid();
    return ProcessHandle.allProcesses()
        .filter(h -> h.pid() != self && !exited(h))
        .filter(h -> h.info().commandLine().map(c -> c.contains(needle)).orElse(false))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /**
   * SIGTERM to {@code root}, then SIGKILL to it and its descendants if they are left after a grace
   * period, then to whatever of {@code others} is left.
   */
  static void endAll(ProcessHandle root, Collection<ProcessHandle> others) {
    Termination.termThenKill(List.of(root), Duration.ofSeconds(10), Duration.ofSeconds(15));
    Termination.kill(others);
    Termination.awaitExit(others, Duration.ofSeconds(5));
  }
}
