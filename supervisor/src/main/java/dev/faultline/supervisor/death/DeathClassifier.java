package dev.faultline.supervisor.death;

import dev.faultline.config.ExitCodes;
import dev.faultline.worker.WorkerMain;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads a dead JVM's exit status, its hs_err report and the last lines it printed, and says what
 * killed it. Used for workers by the pool and for whole servers by the demo root.
 *
 * <p>The exit status alone cannot tell a native crash: after writing hs_err the JVM aborts (exit
 * 134, SIGABRT) or, with {@code -XX:-CreateCoredumpOnCrash} as faultline runs it, exits 1, just
 * like {@code System.exit(1)}. An hs_err file for that pid is what tells them apart.
 */
public final class DeathClassifier {
  private final Path errorFileDir;

  /**
   * @param errorFileDir where the JVMs write hs_err files ({@code -XX:ErrorFile})
   */
  public DeathClassifier(Path errorFileDir) {
    this.errorFileDir = errorFileDir;
  }

  public DeathCause classify(long pid, int exitStatus, List<String> lastOutput) {
    return classify(pid, exitStatus, lastOutput, Instant.MIN);
  }

  /**
   * @param startedAt when the dead process was started: an hs_err file older than that belongs to
   *     an earlier process that had the same pid, and is ignored
   */
  public DeathCause classify(long pid, int exitStatus, List<String> lastOutput, Instant startedAt) {
    Optional<HsErrReport> report =
        HsErrReport.read(HsErrReport.fileFor(errorFileDir, pid))
            .filter(r -> !r.writtenBefore(startedAt));
    if (report.isPresent()) {
      return nativeCrash(report.get(), exitStatus);
    }
    if (Signals.isSignalStatus(exitStatus)) {
      return new DeathCause(
          Signals.name(exitStatus - 128),
          exitStatus,
          "(killed by signal, exit " + exitStatus + ")",
          Ending.Died.KILLED_BY_SIGNAL,
          "",
          null);
    }
    if (exitStatus == ExitCodes.JVM_OUT_OF_MEMORY && mentionsOom(lastOutput)) {
      return new DeathCause(
          "OutOfMemoryError",
          exitStatus,
          "(heap exhausted, exit " + exitStatus + " from -XX:+ExitOnOutOfMemoryError)",
          Ending.Died.OUT_OF_MEMORY,
          "",
          null);
    }
    if (exitStatus == ExitCodes.STATE_CORRUPTED
        && mentions(lastOutput, WorkerMain.STATE_CORRUPTED)) {
      return new DeathCause(
          "state corrupted",
          exitStatus,
          "("
              + WorkerMain.STATE_CORRUPTED
              + ", exit "
              + exitStatus
              + ": replaced with fresh state)",
          Ending.Died.STATE_CORRUPTED,
          "",
          null);
    }
    return new DeathCause(
        "exit code " + exitStatus, exitStatus, "", Ending.Died.EXIT_CODE, "", null);
  }

  private static DeathCause nativeCrash(HsErrReport r, int exitStatus) {
    if (r.sentByAProcess()) {
      return sentSignal(r, exitStatus);
    }
    return new DeathCause(
        r.signal(),
        exitStatus,
        "in " + r.function() + " (JVM crashed, exit " + exitStatus + ", report " + r.file() + ")",
        Ending.Died.NATIVE_CRASH,
        r.function(),
        r.file());
  }

  /**
   * {@code kill -SEGV} makes the JVM write hs_err as for a real fault; its siginfo names the
   * sender.
   */
  private static DeathCause sentSignal(HsErrReport r, int exitStatus) {
    String by = r.senderPid() > 0 ? "by pid " + r.senderPid() : "by a process";
    return new DeathCause(
        r.signal(),
        exitStatus,
        "sent "
            + by
            + " (not a crash: si_code "
            + r.sigCode()
            + "; exit "
            + exitStatus
            + ", report "
            + r.file()
            + ")",
        Ending.Died.KILLED_BY_SIGNAL,
        "",
        r.file());
  }

  private static boolean mentionsOom(List<String> lines) {
    return mentions(lines, "OutOfMemoryError");
  }

  private static boolean mentions(List<String> lines, String text) {
    return lines.stream().anyMatch(l -> l.contains(text));
  }
}
