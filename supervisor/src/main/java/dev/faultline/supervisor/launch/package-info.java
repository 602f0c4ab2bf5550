/**
 * Starting child JVMs the same way everywhere, and making worker JVMs cheap to start and to keep.
 *
 * <p>{@link dev.faultline.supervisor.launch.JavaCommand} builds a child's command line from this
 * JVM's own java binary and class path (so a worker runs the same jar as its master), with the
 * flags that make crashes comparable and readable: a fixed {@code -Xmx}, SerialGC, {@code
 * -XX:+ExitOnOutOfMemoryError}, {@code -XX:ErrorFile=<run dir>/hs_err_pid%p.log} and no core dumps.
 * A worker also gets {@code WorkerJvmFlags} (a small initial heap, a metaspace bound, native heap
 * trimming, archives mapped without relocation: each measured, see docs/bench.md) and its start-up
 * archive.
 *
 * <p>{@link dev.faultline.supervisor.launch.StartupArchive} names the archive of this jar and JDK:
 * AppCDS up to JDK 23, an AOT cache from JDK 24 on, chosen at run time from the JDK that runs the
 * master (workers run the same java). {@link dev.faultline.supervisor.launch.ArchiveTraining}
 * builds it the first time a process-mode server starts from that jar: one training worker, with
 * the very flags of every worker, serves a burst of jobs from a {@code TrainingMaster} and drains;
 * the JVM writes what it loaded on the way out. The file sits beside the jar, named after the jar's
 * size and time and the JDK version, and appears by an atomic rename, so concurrent servers and
 * rebuilt jars are safe. Without a jar on the class path (tests run from class directories) there
 * is no archive and workers start the slow way.
 *
 * <p>{@link dev.faultline.supervisor.launch.ChildOutput} pumps a child's output into the parent's
 * log and keeps the last lines for the death classifier; {@link
 * dev.faultline.supervisor.launch.CrashBanner} says which lines of a crashing JVM's banner stay off
 * the console.
 */
package dev.faultline.supervisor.launch;
