package dev.faultline.lab.it;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The processes a test started and how to end them all: a root, its descendants, and whatever names
 * the test's own run directory on its command line (an orphaned worker has no parent left).
 */
final class ProcessTree {
  private ProcessTree() {}

  /** True when the process has exited (a zombie waiting for its parent counts as exited). */
  static boolean exited(ProcessHandle h) {
    if (!h.isAlive()) {
      return true;
    }
    try {
      String stat = Files.readString(Path.of("/proc", String.valueOf(h.pid()), "stat"));
      char state = stat.charAt(stat.lastIndexOf(')') + 2);
      return state == 'Z' || state == 'X';
    } catch (IOException | RuntimeException e) {
      return !h.isAlive();
    }
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
   * SIGTERM to {@code root}, then SIGKILL to whatever of it and {@code others} is left after a
   * grace period.
   */
  static void endAll(ProcessHandle root, Collection<ProcessHandle> others) {
    Set<ProcessHandle> all = new LinkedHashSet<>(others);
    root.descendants().forEach(all::add);
    all.remove(root);
    root.destroy();
    waitForExit(root, 10);
    root.destroyForcibly();
    waitForExit(root, 5);
    all.stream().filter(h -> !exited(h)).forEach(ProcessHandle::destroyForcibly);
    all.forEach(h -> waitForExit(h, 5));
  }

  private static void waitForExit(ProcessHandle h, int seconds) {
    try {
      await()
          .atMost(Duration.ofSeconds(seconds))
          .pollInterval(Duration.ofMillis(50))
          .until(() -> exited(h));
    } catch (ConditionTimeoutException ignored) {
      // the caller's next step deals with it
    }
  }
}
