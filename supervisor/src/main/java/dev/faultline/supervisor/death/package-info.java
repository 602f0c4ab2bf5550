/**
 * Reading a dead JVM: what killed it, in words a user can act on.
 *
 * <p>The parent of a JVM sees an exit status and nothing else. A native crash and {@code
 * System.exit(1)} can both show up as status 1 (faultline turns core dumps off, and then the JVM
 * exits 1 after writing hs_err instead of aborting with 134), an OOM under {@code
 * -XX:+ExitOnOutOfMemoryError} is a 3, a signal from outside is 128 + its number. {@link
 * dev.faultline.supervisor.death.DeathClassifier} combines the status with the hs_err report for
 * that pid ({@link dev.faultline.supervisor.death.HsErrReport}: real signal and problematic frame)
 * and the child's last output lines, and returns a {@link
 * dev.faultline.supervisor.death.DeathCause}. Used for workers by the pool and for whole servers by
 * the demo root.
 */
package dev.faultline.supervisor.death;
