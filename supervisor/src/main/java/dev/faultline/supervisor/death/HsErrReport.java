package dev.faultline.supervisor.death;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a JVM's fatal error log (hs_err) says about its crash: the real signal and the frame that
 * took it. The parent only sees exit 134 (the JVM aborts after writing the log); the signal that
 * started it all is in here.
 *
 * <pre>
 * # SIGSEGV (0xb) at pc=0x00007f..., pid=4711, tid=4730
 * ...
 * # Problematic frame:
 * # V  [libjvm.so+0xe6a0d4]  Unsafe_PutLong+0x104
 * </pre>
 */
public record HsErrReport(Path file, String signal, String problematicFrame) {
  private static final Pattern SIGNAL_LINE = Pattern.compile("^#\\s+(SIG[A-Z]+)\\s.*");
  private static final String FRAME_HEADER = "# Problematic frame:";

  /** The file the JVM writes when started with {@code -XX:ErrorFile=<dir>/hs_err_pid%p.log}. */
  public static Path fileFor(Path dir, long pid) {
    return dir.resolve("hs_err_pid" + pid + ".log");
  }

  public static Optional<HsErrReport> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse(file, Files.readAllLines(file, StandardCharsets.ISO_8859_1)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  static HsErrReport parse(Path file, List<String> lines) {
    String signal = "unknown signal";
    String frame = "unknown frame";
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = SIGNAL_LINE.matcher(lines.get(i));
      if (m.matches() && signal.startsWith("unknown")) {
        signal = m.group(1);
      }
      if (lines.get(i).startsWith(FRAME_HEADER) && i + 1 < lines.size()) {
        frame = lines.get(i + 1).replaceFirst("^#\\s*", "").replaceAll("\\s+", " ").trim();
      }
    }
    return new HsErrReport(file, signal, frame);
  }

  /** True when the file was last written before {@code instant} (or cannot be read). */
  public boolean writtenBefore(Instant instant) {
    try {
      return Files.getLastModifiedTime(file).toInstant().isBefore(instant);
    } catch (IOException e) {
      return true;
    }
  }

  /** The function name of the problematic frame, such as {@code Unsafe_PutLong+0x104}. */
  public String function() {
    int bracket = problematicFrame.lastIndexOf(']');
    String after = bracket >= 0 ? problematicFrame.substring(bracket + 1).trim() : "";
    return after.isEmpty() ? problematicFrame : after;
  }
}
