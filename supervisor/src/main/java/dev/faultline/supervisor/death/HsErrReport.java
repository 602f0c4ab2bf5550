package dev.faultline.supervisor.death;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a JVM's fatal error log (hs_err) says about its crash: the real signal and the frame that
 * took it. The parent only sees an exit status (1 with {@code -XX:-CreateCoredumpOnCrash}, as
 * faultline starts every JVM; 134, SIGABRT, with core dumps on); the signal that started it all is
 * in here.
 *
 * <pre>
 * # SIGSEGV (0xb) at pc=0x00007f..., pid=4711, tid=4730
 * ...
 * # Problematic frame:
 * # V  [libjvm.so+0xe6a0d4]  Unsafe_PutLong+0x104
 * ...
 * siginfo: si_signo: 11 (SIGSEGV), si_code: 1 (SEGV_MAPERR), si_addr: 0x0000000000000000
 * </pre>
 *
 * The {@code siginfo} line tells a real fault from a signal some process sent: the kernel fills
 * {@code si_code} with {@code SEGV_MAPERR} or {@code SEGV_ACCERR} for a bad access, and with {@code
 * SI_USER} (kill), {@code SI_QUEUE} (sigqueue) or {@code SI_TKILL} (tgkill) plus the sender's
 * {@code si_pid} when a process sent it (sigaction(2)).
 *
 * @param sigCode the name in {@code si_code}, such as {@code SEGV_MAPERR} or {@code SI_USER}; "" if
 *     the report has no siginfo line
 * @param senderPid {@code si_pid}, the process that sent the signal; 0 if none is named
 */
public record HsErrReport(
    Path file, String signal, String problematicFrame, String sigCode, long senderPid) {
  private static final Pattern SIGNAL_LINE = Pattern.compile("^#\\s+(SIG[A-Z]+)\\s.*");
  private static final Pattern SI_CODE = Pattern.compile("si_code: -?\\d+ \\(([A-Z_]+)\\)");
  private static final Pattern SI_PID = Pattern.compile("si_pid: (\\d+)");
  private static final Set<String> SENT = Set.of("SI_USER", "SI_QUEUE", "SI_TKILL");
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
    String sigCode = "";
    long sender = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("siginfo:")) {
        sigCode = find(SI_CODE, lines.get(i)).orElse("");
        sender = find(SI_PID, lines.get(i)).map(Long::parseLong).orElse(0L);
      }
      Matcher m = SIGNAL_LINE.matcher(lines.get(i));
      if (m.matches() && signal.startsWith("unknown")) {
        signal = m.group(1);
      }
      if (lines.get(i).startsWith(FRAME_HEADER) && i + 1 < lines.size()) {
        frame = lines.get(i + 1).replaceFirst("^#\\s*", "").replaceAll("\\s+", " ").trim();
      }
    }
    return new HsErrReport(file, signal, frame, sigCode, sender);
  }

  private static Optional<String> find(Pattern pattern, String line) {
    Matcher m = pattern.matcher(line);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** True when a process sent the signal (kill, sigqueue, tgkill): it is no crash of the JVM. */
  public boolean sentByAProcess() {
    return SENT.contains(sigCode);
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
