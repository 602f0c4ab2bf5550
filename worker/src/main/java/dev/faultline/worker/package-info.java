/**
 * The worker module: the workload both modes run, and everything a worker JVM needs.
 *
 * <p>{@link dev.faultline.worker.Workload} is a pure function of {@code (input, cost)}; the client
 * recomputes it to verify answers. {@link dev.faultline.worker.JobExecution} is the one thing a
 * serving unit does with a request, in either mode: inject the fault on this thread, then compute.
 *
 * <p>{@link dev.faultline.worker.WorkerMain} is the entry point of a worker JVM. It connects to
 * the master over a Unix domain socket, says hello, runs jobs on its own job threads (never on
 * the socket's event loop) and exits as soon as its master is gone: when the socket closes or
 * when its stdin, which the master holds open, reaches end of file. Both happen when the master
 * dies, even by SIGKILL, so workers never outlive it.
 *
 * <p>The {@code ipc} package holds the messages and the Netty codec shared by both ends; the
 * wire format is documented on {@link dev.faultline.worker.ipc.IpcCodec}.
 *
 * <p>Depends on chaos and config. The master (module supervisor) depends on this module, never
 * the reverse.
 */
package dev.faultline.worker;
