package dev.faultline.lab.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Ending processes this JVM started, as a service manager does: SIGTERM first, SIGKILL to whatever
 * is still there once the grace is over, each by its own pid. A zombie (exited, waiting for its
 * parent to reap it) counts as gone. Used by the demo root, the matrix and the integration tests.
 */
public final class Termination {
  private static final long POLL_MS = 20;

  private Termination() {}

  /**
   * SIGTERM to each root at once, then SIGKILL to whatever of them and their descendants (listed
   * before the TERM) is left after {@code grace}; returns once all are gone or {@code limit} (from
   * the start) is over.
   */
  public static void termThenKill(Collection<ProcessHandle> roots, Duration grace, Duration limit) {
    long start = System.nanoTime();
    List<ProcessHandle> all = new ArrayList<>();
    for (ProcessHandle root : roots) {
      if (!exited(root)) {
        root.descendants().forEach(all::add);
        all.add(root);
        root.destroy();
      }
    }
    awaitExit(all, Duration.ofNanos(start + grace.toNanos() - System.nanoTime()));
    kill(all);
    awaitExit(all, Duration.ofNanos(start + limit.toNanos() - System.nanoTime()));
  }

  /** SIGKILL to each of them that has not exited. */
  public static void kill(Collection<ProcessHandle> processes) {
    processes.stream().filter(h -> !exited(h)).forEach(ProcessHandle::destroyForcibly);
  }

  /** Waits until every one of them has exited, at most {@code within}; true if they all did. */
  public static boolean awaitExit(Collection<ProcessHandle> processes, Duration within) {
    long deadline = System.nanoTime() + Math.max(0, within.toNanos());
    while (!processes.stream().allMatch(Termination::exited)) {
      if (System.nanoTime() >= deadline) {
        return false;
      }
      try {
        Thread.sleep(POLL_MS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  /** True when the process has exited (a zombie waiting for its parent counts as exited). */
  public static boolean exited(ProcessHandle h) {
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
}
