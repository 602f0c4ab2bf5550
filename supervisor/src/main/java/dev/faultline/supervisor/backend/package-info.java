/**
 * The seam between the HTTP front and the units that serve requests.
 *
 * <p>{@link dev.faultline.supervisor.backend.Backend} has two implementations that share everything
 * but where the workload runs: {@link dev.faultline.supervisor.backend.ThreadBackend} (a bounded
 * pool of threads in the server's JVM) and {@link dev.faultline.supervisor.pool.ProcessBackend}
 * (worker JVMs). Both run the same {@link dev.faultline.worker.JobExecution}, faults included, so
 * the only difference the demo shows is the one the product is about: whether a unit's fault stays
 * in that unit.
 *
 * <p>A backend answers a {@link dev.faultline.supervisor.backend.Job} with a {@link
 * dev.faultline.supervisor.backend.JobResult} or fails it with a {@link
 * dev.faultline.supervisor.backend.BackendFailure}, which carries the HTTP status, the JSON error
 * code the front answers with and, when waiting helps, a Retry-After ({@code quarantined} 422,
 * {@code job_failed} 500, {@code worker_crashed} and {@code worker_unresponsive} 502, {@code
 * overloaded}, {@code pool_exhausted} and {@code shutting_down} 503, {@code deadline} 504).
 *
 * <p>{@link dev.faultline.supervisor.backend.DrainGate} wraps either backend and counts the
 * requests inside, so a stopping server can refuse new ones and wait for the rest.
 *
 * <p>Both backends describe their units the same way for {@code /status}: a {@link
 * dev.faultline.supervisor.backend.Scoreboard} of {@link
 * dev.faultline.supervisor.backend.UnitStatus} (id, pid, {@link
 * dev.faultline.supervisor.backend.BoardState}, served, current request, memory, restarts, last
 * death). Thread mode's {@code ThreadUnit}s are written by their own threads and read off the event
 * loop.
 */
package dev.faultline.supervisor.backend;
