/**
 * The root of {@code faultline demo}.
 *
 * <p>{@link dev.faultline.lab.demo.DemoRunner} starts a thread-mode and a process-mode server as
 * child JVMs on two free loopback ports with a fresh random chaos token, warms both up, fires the
 * same open-loop load and the same faults at both through the client module, and prints the
 * side-by-side table. Each server is a {@code ServerProcess}: the root streams its log lines with a
 * {@code [thread]} or {@code [process]} prefix, one fact a line, and, like systemd, restarts it
 * when it dies, with one line saying why (from the same death classifier the pool uses) and one
 * saying how long it was down. The root never runs workload code, so it outlives every fault. A
 * dead thread-mode server is the expected outcome: the demo still exits 0.
 *
 * <p>The console tells the story, one line per fact: a {@code ServerLog} keeps each server's whole
 * output in {@code <run dir>/<name>/server.log} and lets through only the server's own log lines
 * (and a JVM's last words). Stack traces, lines from libraries and other raw output stay in the
 * file; once that server has died or stopped, one {@code [root]} line says how many there were and
 * where: a library's stack traces from a server dying under load are noise, the death line is the
 * fact.
 *
 * <p>{@code ServerProcess} and {@code FreePorts} are public because {@code faultline matrix} starts
 * its servers the same way, without the restart and with a lower file limit; {@code Termination}
 * (SIGTERM, then SIGKILL) because the integration tests end their processes the same way. A {@code
 * ServerProcess} has its parts: {@code ServeCommandLine} (the child's command line), {@code
 * ServerRestarts} (the restart policy and its events), {@code LastWords} (the lines of a dying
 * JVM).
 *
 * <p>Each death and comeback is also kept as a {@code ServerEvent} (a {@link System#nanoTime()}
 * reading and the line printed), which the runner marks on that target's timeline in the load
 * report, so {@code --report-html} shows the restarts where they happened.
 */
package dev.faultline.lab.demo;
