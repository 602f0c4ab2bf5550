/**
 * The seam between the HTTP front and the units that serve requests.
 *
 * <p>{@link dev.faultline.supervisor.backend.Backend} has two implementations that share
 * everything but where the workload runs: {@link dev.faultline.supervisor.backend.ThreadBackend}
 * (a bounded pool of threads in the server's JVM) and
 * {@link dev.faultline.supervisor.pool.ProcessBackend} (worker JVMs). Both run the same
 * {@link dev.faultline.worker.JobExecution}, faults included, so the only difference the demo
 * shows is the one the product is about: whether a unit's fault stays in that unit.
 *
 * <p>A backend answers a {@link dev.faultline.supervisor.backend.Job} with a
 * {@link dev.faultline.supervisor.backend.JobResult} or fails it with a
 * {@link dev.faultline.supervisor.backend.BackendFailure}, which carries the HTTP status and JSON
 * error code the front answers with ({@code job_failed} 500, {@code worker_crashed} 502,
 * {@code overloaded} 503, {@code shutting_down} 503).
 */
package dev.faultline.supervisor.backend;
