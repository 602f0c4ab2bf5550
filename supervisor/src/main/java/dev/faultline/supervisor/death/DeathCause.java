package dev.faultline.supervisor.death;

import java.nio.file.Path;

/**
 * Why a JVM (a worker, or a whole server) died, as a short cause and one human sentence.
 *
 * @param cause short and stable: {@code SIGSEGV}, {@code exit code 1}, {@code OutOfMemoryError},
 *     {@code SIGKILL}
 * @param detail what a reader needs to know more, such as the problematic frame and the report
 * @param kind what sort of death, for code that must tell them apart
 * @param frame the problematic frame from hs_err ({@code Unsafe_PutLong+0x124}), "" if none
 * @param report the hs_err file, or null if there is none
 */
public record DeathCause(
    String cause, int exitCode, String detail, Kind kind, String frame, Path report) {

  public enum Kind {
    /** The JVM crashed in native code and wrote hs_err: {@code cause} is the real signal. */
    NATIVE_CRASH,
    /** Killed by a signal it did not handle (exit status 128 + n). */
    SIGNAL,
    /** Heap exhausted; {@code -XX:+ExitOnOutOfMemoryError} ended it. */
    OUT_OF_MEMORY,
    /** The worker found its shared state corrupted after a job and exited to be replaced. */
    STATE_CORRUPTED,
    /** Exited with a status of its own ({@code System.exit}, or a normal end). */
    EXIT
  }

  /** {@code SIGSEGV in Unsafe_PutLong+0x104 (exit 134, report hs_err_pid4711.log)} */
  public String describe() {
    return detail.isEmpty() ? cause + " (exit " + exitCode + ")" : cause + " " + detail;
  }
}
