package dev.faultline.supervisor.launch;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which lines of a child JVM's console are for a person to read, and which belong to the banner the
 * JVM prints when it dies of a fatal error: its {@code #} lines, and the lines the JVM logs itself
 * while it writes the hs_err report. JDK 25 logs {@code [warning][os] Loading hsdis library failed}
 * there when it cannot disassemble the code around the crash, and no flag turns that off. The
 * hs_err report and our crash report say all of it better, so none of it is forwarded; the death
 * classifier still reads every line.
 *
 * <p>Only the banner: a JVM warning before the banner (at start, while serving) is forwarded as it
 * is, and so is a line another thread of ours prints while the JVM writes its report. One instance
 * follows one child's output, line by line.
 */
public final class CrashBanner {
  /** The line a JVM's fatal-error banner starts with (after a lone {@code #}). */
  public static final String HEADER =
      "# A fatal error has been detected by the Java Runtime Environment:";

  /**
   * A line the JVM logs itself: unified logging with its default decorations ({@code
   * [45.723s][warning][os] ...}), or a {@code VM warning:} line.
   */
  private static final Pattern JVM_OWN_LINE =
      Pattern.compile("^\\[[^\\]]*\\]\\[(error|warning|info|debug|trace) *\\]|VM warning:");

  private boolean inBanner;

  /** Whether {@code line}, the next line of this child's output, is forwarded to a console. */
  public boolean forwards(String line) {
    inBanner |= line.startsWith(HEADER);
    if (line.isBlank() || line.startsWith("#")) {
      return false;
    }
    return !(inBanner && JVM_OWN_LINE.matcher(line).find());
  }

  /** The last line of {@code lines} that would have been forwarded; "" if none. */
  public static String lastForwarded(List<String> lines) {
    CrashBanner banner = new CrashBanner();
    String last = "";
    for (String line : lines) {
      if (banner.forwards(line)) {
        last = line;
      }
    }
    return last;
  }
}
