/**
 * Starting child JVMs the same way everywhere.
 *
 * <p>{@link dev.faultline.supervisor.launch.JavaCommand} builds a child's command line from this
 * JVM's own java binary and class path (so a worker runs the same jar as its master), with the
 * flags that make crashes comparable and readable: a fixed {@code -Xmx}, SerialGC, {@code
 * -XX:+ExitOnOutOfMemoryError}, {@code -XX:ErrorFile=<run dir>/hs_err_pid%p.log} and no core dumps.
 * {@link dev.faultline.supervisor.launch.ChildOutput} pumps a child's output into the parent's log
 * and keeps the last lines for the death classifier.
 */
package dev.faultline.supervisor.launch;
