/**
 * Process mode: a pool of worker JVMs supervised by one loop thread.
 *
 * <p>{@link dev.faultline.supervisor.pool.ProcessBackend} wires the parts and is all the rest of
 * the server sees. {@code WorkerPool} is the supervisor: like gunicorn's arbiter, its loop takes
 * one event, handles it and hands waiting jobs to free workers. It alone owns the worker table
 * ({@code WorkerSlot}s, plain fields, no locks). Everything asynchronous only posts a
 * {@code PoolEvent}: HTTP requests ({@code Submitted}), the IPC socket ({@code Connected},
 * {@code Answered}, {@code Disconnected}), process exits ({@code Exited}, from
 * {@code Process.onExit}), timers and shutdown.
 *
 * <p>The crash path: a worker exits, {@code Process.onExit} posts {@code Exited}, the loop asks
 * {@link dev.faultline.supervisor.death.DeathClassifier} what killed it (exit status, hs_err file,
 * last output lines), fails only that worker's in-flight requests with a 502 naming worker, pid,
 * exit code and cause, logs one line naming the lost requests, and spawns a replacement, which
 * logs "ready in N ms" when it says hello. A worker that dies before it was ever ready is a boot
 * failure: retried with a doubling delay, and its slot left empty after
 * {@link dev.faultline.supervisor.pool.PoolSettings#MAX_BOOT_FAILURES} in a row, so a broken
 * worker can never become a fork bomb.
 *
 * <p>The IPC is a Unix domain socket in the run directory; the worker connects to the master
 * ({@code IpcServer}) and the protocol stack is the worker module's
 * {@link dev.faultline.worker.ipc.IpcPipeline}. Workers are started from the master's own class
 * path by {@code WorkerLauncher}, with the crash-relevant JVM flags of
 * {@link dev.faultline.supervisor.launch.JavaCommand}; their output is forwarded into the master's
 * log with the worker's id and pid in front.
 *
 * <p>Not here yet: restart backoff and budget for crashes after boot, liveness and deadline
 * timeouts, recycling, spares, retries of bystanders. The loop is where they will plug in.
 */
package dev.faultline.supervisor.pool;
