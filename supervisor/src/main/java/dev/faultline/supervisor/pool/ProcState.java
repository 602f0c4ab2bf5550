package dev.faultline.supervisor.pool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process's scheduling state as the kernel shows it: the field after the command name in {@code
 * /proc/<pid>/stat} (proc(5)). {@code T} is stopped by a signal (SIGSTOP, SIGTSTP), {@code t}
 * stopped by a tracer: either way it runs nothing until it is continued, and cannot act on SIGTERM.
 */
final class ProcState {
  private ProcState() {}

  static boolean stopped(long pid) {
    try {
      char state = parse(Files.readString(Path.of("/proc", String.valueOf(pid), "stat")));
      return state == 'T' || state == 't';
    } catch (IOException | RuntimeException e) {
      return false; // gone, or no /proc: the usual liveness kill handles it
    }
  }

  /** {@code 4711 (java) T 1 ...}: the command name may hold spaces and parentheses. */
  static char parse(String stat) {
    int close = stat.lastIndexOf(')');
    return close >= 0 && close + 2 < stat.length() ? stat.charAt(close + 2) : '?';
  }
}
