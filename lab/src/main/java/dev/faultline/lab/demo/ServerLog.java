package dev.faultline.lab.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

/**
 * One server's whole output, kept in {@code <run dir>/server.log} across its restarts, and the
 * judgement of which lines are facts the console should show. A fact is one line the server's own
 * loggers wrote (time, level, message), or a JVM's last words. Everything else is kept only in the
 * file and counted: stack traces and their continuation lines, lines from libraries (logback prints
 * them as {@code [Logger] message}, see logback.xml), and other raw output. A dying server's
 * library may log dozens of stack traces while it goes; the story of the death is the root's one
 * line, so the console gets one summary line instead.
 */
final class ServerLog implements AutoCloseable {
  static final String FILE_NAME = "server.log";

  /** "21:15:41.667 WARN message", where the message is not a library's "[Logger] ..." */
  private static final Pattern OWN_LOG_LINE =
      Pattern.compile("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} [A-Z]+ +[^\\[\\s].*");

  private static final Pattern CONTINUATION =
      Pattern.compile(".*(Caused by: |\\.\\.\\. \\d+ more$).*");

  private final Path file;
  private BufferedWriter writer;
  private int unexpected;
  private int stackTraces;
  private boolean inStackTrace;

  ServerLog(Path runDir) {
    this.file = runDir.resolve(FILE_NAME);
  }

  /** Keeps the line in the file; true if the console should show it too. */
  synchronized boolean keep(String line) {
    append(line);
    boolean stackFrame = line.startsWith("\tat ");
    if (stackFrame && !inStackTrace) {
      stackTraces++;
    }
    inStackTrace = stackFrame;
    boolean fact = isFact(line);
    if (!fact) {
      unexpected++;
    }
    return fact;
  }

  static boolean isFact(String line) {
    boolean ownLine =
        OWN_LOG_LINE.matcher(line).matches()
            && line.indexOf('\t') < 0
            && !CONTINUATION.matcher(line).matches();
    return ownLine || LastWords.announceEnd(line);
  }

  /**
   * One line about what was kept from the console since the last summary, or null if nothing was.
   */
  synchronized String summary() {
    if (unexpected == 0) {
      return null;
    }
    String line =
        unexpected
            + " unexpected log line"
            + (unexpected == 1 ? "" : "s")
            + " ("
            + (stackTraces == 0 ? "no stack trace" : stackTraces + " stack trace")
            + (stackTraces > 1 ? "s" : "")
            + ") in "
            + file;
    unexpected = 0;
    stackTraces = 0;
    return line;
  }

  Path file() {
    return file;
  }

  private void append(String line) {
    try {
      if (writer == null) {
        writer =
            Files.newBufferedWriter(
                file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      }
      writer.write(line);
      writer.newLine();
      writer.flush();
    } catch (IOException e) {
      // a full disk must not silence the console: the line is still judged and counted
    }
  }

  @Override
  public synchronized void close() {
    try {
      if (writer != null) {
        writer.close();
      }
    } catch (IOException ignored) {
      // nothing left to save
    }
    writer = null;
  }
}
