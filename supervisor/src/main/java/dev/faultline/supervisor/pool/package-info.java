/**
 * Process mode: a pool of worker JVMs supervised by one loop thread.
 *
 * <p>{@link dev.faultline.supervisor.pool.ProcessBackend} wires the parts and guards the door (a
 * halted pool answers 503 {@code pool_exhausted} at once; a Resilience4j bulkhead bounds the
 * requests inside to workers x threads-per-worker plus {@code queue-bound}, beyond which 503 {@code
 * overloaded}). {@code WorkerPool} is the supervisor: like gunicorn's arbiter its {@code run()}
 * takes the events that arrived, handles each, then does its rounds (due timers, {@code Watchdog},
 * {@code Recycler}, {@code Spares}, the starts waiting in {@code BootQueue}: at most two workers
 * boot at once) and lets the {@code Dispatcher} hand waiting requests to free workers. It alone
 * owns the {@code WorkerTable} (slots, spares, workers by pid; plain fields, no locks). Everything
 * asynchronous only posts a {@code PoolEvent}: HTTP requests, the IPC socket (hello, answers,
 * heartbeats, disconnects), process exits, status, stop. Every step of the loop is guarded, as
 * gunicorn's catch ladder: an exception from a handler or a timer is logged with the event or timer
 * it came from and escalates with that reason; the thread lives on to answer, it never dies
 * silently. An escalation (that, the restart budget, the boot retries) is {@code PoolPause}'s: the
 * pool pauses (every worker stopped, 503 {@code pool_exhausted} with {@code Retry-After}), starts
 * one canary after the cool-down and fills up after its probation ({@code recovery} in {@code
 * /status}); it halts for good only with {@code --exit-on-pool-exhausted} or before it was ever
 * ready. A silent worker whose /proc state is {@code T} ({@code ProcState}) gets SIGKILL at once
 * and its requests are retried right then.
 *
 * <p>A {@code Worker} changes state only through its own intent methods ({@code markReady}, {@code
 * retire}, {@code condemn}, {@code send}...); {@code Handover} moves a slot from one worker to the
 * next on purpose (hello, recycling, retiring). The pool gets its workers from a {@code
 * WorkerLauncher} (the seam: {@code JvmWorkerLauncher} starts real JVMs) and its time from a {@code
 * PoolClock}, so unit tests run the whole loop on fake workers and a hand-set clock, turn by turn.
 *
 * <p>The crash path is {@code Reaper}, in two halves on the loop around a read off it: {@code
 * onExit} at once (a ready spare takes the dead worker's slot first: capacity before paperwork),
 * then {@code ExitReading} reads its last output and hs_err on a thread of its own (slow I/O never
 * holds up the loop), then {@code decide}: the restart policy (package {@code restart}) decides
 * replace-after-backoff or escalate, and deaths from outside spend no budget; {@code DeathVerdict}
 * says which {@link dev.faultline.supervisor.death.Ending} it was (hs_err, exit status, last
 * output, and what only the master knows: that it killed the worker itself for a missed heartbeat
 * or a deadline, or retired it); {@code Triage} settles its in-flight requests (the lone suspect
 * fails with 502, other idempotent requests are retried on other workers, as often as {@code
 * Triage.MAX_ATTEMPTS} allows, and a suspect in {@code Quarantine.DEATHS_TO_QUARANTINE} deaths is
 * quarantined with 422; docs/ARCHITECTURE.md shows the numbers, generated from those constants);
 * {@code CrashLog} writes one human line and one JSON line to {@code crash-events.jsonl}.
 *
 * <p>The master kills a worker only through {@code Killer} (SIGTERM, SIGKILL after the grace),
 * which records the reason (a {@code KillOrder} naming an {@code Ending.Killed}), so a death is
 * never blamed on the wrong thing. Timers ({@code Timers}) run on the loop too. {@code SlotBreaker}
 * (a Resilience4j circuit breaker per slot) keeps dispatch away from a slot whose workers keep
 * dying. {@code WorkerStopper} stops workers politely (close the socket), then with SIGTERM, then
 * SIGKILL.
 *
 * <p>Status and metrics come from the same loop: {@code PoolScoreboard} lists the units for {@code
 * /status} (answering a {@code StatusWanted} event), with each slot's last death from {@code
 * DeathLedger}; {@code CrashLog}, where every death is told, also records it in the server's
 * metrics (deaths by cause class, restarts, recycles, quarantined requests, death to ready), and
 * {@code PoolGauges} publishes units ready and queue length for the scrape without asking the loop.
 *
 * <p>The IPC goes over the transport {@code --ipc} names ({@code IpcServer.of}): a Unix domain
 * socket in the run directory ({@code UdsIpcServer}, the default, peer pid from SO_PEERCRED), TCP
 * on loopback ({@code TcpIpcServer}) or each worker's stdin and stdout ({@code PipeIpcServer}); the
 * protocol stack is the worker module's {@link dev.faultline.worker.ipc.IpcPipeline} on all three,
 * and {@code WorkerAdmission} admits only a hello with the secret the launcher gave that worker.
 * Workers are started from the master's own class path by {@code JvmWorkerLauncher}, with the
 * crash-relevant JVM flags of {@link dev.faultline.supervisor.launch.JavaCommand}; their output is
 * forwarded into the master's log behind the worker's current name.
 */
package dev.faultline.supervisor.pool;
