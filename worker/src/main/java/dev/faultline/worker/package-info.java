/**
 * The worker module: the workload both modes run, and everything a worker JVM needs.
 *
 * <p>{@link dev.faultline.worker.Workload} is a pure function of {@code (input, cost)}; the client
 * recomputes it to verify answers. {@link dev.faultline.worker.ResultCache} is the workload's
 * shared in-memory cache of results, one per JVM, sealed so that a write behind its back shows.
 * {@link dev.faultline.worker.JobExecution} is the one thing a serving unit does with a request, in
 * either mode: inject the fault on this thread, compute through the cache, then check the cache's
 * seal and, if it is broken, apply the mode's policy (a worker exits with {@link
 * dev.faultline.config.ExitCodes#STATE_CORRUPTED} before answering anything else; a thread-mode
 * server counts it and keeps serving).
 *
 * <p>{@link dev.faultline.worker.WorkerMain} is the entry point of a worker JVM. It connects to the
 * master over the transport its endpoint argument names ({@code MasterLink}: a Unix domain socket,
 * TCP on loopback, or its own stdin and stdout through {@link
 * dev.faultline.worker.ipc.PipeChannel}), says hello with the secret the master gave it, sends a
 * heartbeat every interval from the socket's event loop (so a worker whose loop is stuck falls
 * silent and is killed by the master's liveness timeout), runs jobs on its own job threads (never
 * on the event loop) and exits as soon as its master is gone: when the socket closes or when its
 * stdin, which the master holds open, reaches end of file. Both happen when the master dies, even
 * by SIGKILL, so workers never outlive it. Told to drain (recycling), it takes no new job, finishes
 * the ones it has, closes the socket and exits 0.
 *
 * <p>{@code TestHooks} gives the integration tests misbehaviour on demand (refuse to boot, spin the
 * event loop, spin or sleep in a job); it is off unless the master passes {@code
 * FAULTLINE_TEST_HOOK}, which only the hidden {@code serve --test-hook} flag does.
 *
 * <p>The {@code ipc} package holds the messages, the Netty codec and the pipe channel shared by
 * both ends; the wire format is documented on {@link dev.faultline.worker.ipc.IpcCodec}. A job's
 * fault travels as its spec text ({@code leak:mb=32}) in the existing {@code fault} string.
 *
 * <p>Depends on chaos and config. The master (module supervisor) depends on this module, never the
 * reverse.
 */
package dev.faultline.worker;
