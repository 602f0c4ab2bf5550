/**
 * Reading a dead JVM, and the one vocabulary for how a worker ends.
 *
 * <p>{@link dev.faultline.supervisor.death.Ending} is the one type to read to learn every way a
 * worker can end: it died by itself or from outside ({@code Ending.Died}: native crash, OOM,
 * corrupted state, exit status, signal), the master killed it ({@code Ending.Killed}: liveness,
 * deadline, boot timeout, disconnect, drain timeout, shutdown), or it was recycled ({@code
 * Ending.Retired}). Its codes are the crash report's {@code causeClass}. Two neighbours stay apart
 * because they answer other questions: the pool's {@code Fate} is what became of one request that
 * was in flight (failed, retried, quarantined, answered at the deadline), whatever the ending; the
 * restart policy's {@code Departure} is where the worker stood when it ended (before hello, after
 * it, retiring, pool stopping), which a native crash or a kill can both be.
 *
 * <p>The parent of a JVM sees an exit status and nothing else. A native crash and {@code
 * System.exit(1)} can both show up as status 1 (faultline turns core dumps off, and then the JVM
 * exits 1 after writing hs_err instead of aborting with 134), an OOM under {@code
 * -XX:+ExitOnOutOfMemoryError} is a 3, a signal from outside is 128 + its number. {@link
 * dev.faultline.supervisor.death.DeathClassifier} combines the status with the hs_err report for
 * that pid ({@link dev.faultline.supervisor.death.HsErrReport}: real signal and problematic frame)
 * and the child's last output lines, and returns a {@link
 * dev.faultline.supervisor.death.DeathCause} whose kind is one of {@code Ending.Died}. Used for
 * workers by the pool and for whole servers by the demo root.
 */
package dev.faultline.supervisor.death;
