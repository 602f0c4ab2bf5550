package dev.faultline.lab.demo;

import dev.faultline.supervisor.serve.Server;
import java.util.List;

/**
 * The lines by which a server JVM says it is on its way out without being asked to: its shutdown
 * hook ran (after {@code System.exit}), the JVM printed its fatal-error banner (a native crash,
 * hs_err being written) or it is terminating on an OutOfMemoryError. A JVM that printed one is
 * still alive for a moment, but it is dying.
 */
final class LastWords {
  private LastWords() {}

  static boolean announceEnd(String line) {
    return line.endsWith(" " + Server.STOPPING)
        || line.contains(" " + Server.STOPPING + " (")
        || line.startsWith("# A fatal error has been detected")
        || line.startsWith("Terminating due to java.lang.OutOfMemoryError");
  }

  static boolean anyAnnouncesEnd(List<String> lines) {
    return lines.stream().anyMatch(LastWords::announceEnd);
  }
}
