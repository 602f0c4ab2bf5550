package dev.faultline.supervisor.death;

import java.nio.file.Path;

/**
 * Why a JVM (a worker, or a whole server) died, as a short cause and one human sentence.
 *
 * @param cause short and stable: {@code SIGSEGV}, {@code exit code 1}, {@code OutOfMemoryError},
 *     {@code SIGKILL}
 * @param detail what a reader needs to know more, such as the problematic frame and the report
 * @param kind which of the ways to die by itself or from outside it was ({@link Ending.Died})
 * @param frame the problematic frame from hs_err ({@code Unsafe_PutLong+0x124}), "" if none
 * @param report the hs_err file, or null if there is none
 */
public record DeathCause(
    String cause, int exitCode, String detail, Ending.Died kind, String frame, Path report) {

  /** {@code SIGSEGV in Unsafe_PutLong+0x104 (exit 1, report hs_err_pid4711.log)} */
  public String describe() {
    return detail.isEmpty() ? cause + " (exit " + exitCode + ")" : cause + " " + detail;
  }
}
