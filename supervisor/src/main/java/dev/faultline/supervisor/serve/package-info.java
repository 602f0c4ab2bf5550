/**
 * One running server: {@link dev.faultline.supervisor.serve.Server} creates the backend of the
 * chosen mode, waits until every unit is ready, then listens (the "listening on http://" line is
 * what the demo root and the tests wait for).
 *
 * <p>Stopping: SIGTERM and SIGINT are taken over ({@code StopSignals}) so the server stops
 * gracefully and exits 0: {@code Shutdown} closes the door of the {@link
 * dev.faultline.supervisor.backend.DrainGate} (new requests get 503 {@code shutting_down}), waits
 * up to {@code --shutdown-grace} for the requests inside, lets the HTTP front write their answers
 * and close, then stops the backend (process mode: workers politely, then forcefully). When the JVM
 * exits for another reason ({@code System.exit} from a fault in thread mode, or the parent watch)
 * the shutdown hook stops without draining. A process-mode pool that halts makes the server exit 75
 * when started with {@code --exit-on-pool-exhausted}, and always when it halts before the server
 * listens.
 *
 * <p>{@code RunDirectory}: the server's run directory is private (0700); one the server made itself
 * has a random name and is removed on exit unless crash reports are in it (then its path is
 * logged); one named by {@code --run-dir} is never deleted.
 */
package dev.faultline.supervisor.serve;
