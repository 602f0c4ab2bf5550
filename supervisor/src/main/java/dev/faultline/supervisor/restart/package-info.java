/**
 * The restart policy of process mode, as data and pure decisions: no processes, no threads, no
 * sleeps, so every rule is unit-tested with a hand-set clock.
 *
 * <p>{@link dev.faultline.supervisor.restart.RestartPlanner} answers one question when a worker has
 * left the pool: replace it (after which delay), leave it, or escalate. It takes the {@link
 * dev.faultline.config.RestartPolicy} record and reads like Erlang/OTP's supervisor:
 *
 * <ul>
 *   <li>the decision is one exhaustive {@code switch} over {@link
 *       dev.faultline.supervisor.restart.Departure} (boot failure, failure after ready, retired on
 *       purpose, stopped);
 *   <li>failures after ready spend a pool-wide budget: {@code RestartWindow} counts the restarts of
 *       the last {@code period}, and one more than {@code intensity} escalates (Erlang's "reached
 *       max restart intensity");
 *   <li>deaths from outside ({@code Departure.OUTSIDE}: a signal the master did not send, a SIGSEGV
 *       a process sent, a stop from outside, a request just quarantined as poison) are no boot
 *       failures, spend no budget and are replaced at once: nothing in the pool explains them, so a
 *       pause would protect nothing and only turn partial service into none;
 *   <li>boot failures in a row are bounded per place (a slot, or the spares) by {@code
 *       maxBootFailures}: a worker that cannot start is retried a few times, never forever, and one
 *       failed boot does not stop the server (gunicorn's arbiter exits on the first);
 *   <li>the delay before a start grows with the place's failures in a row ({@code SlotBackoff},
 *       Resilience4j's exponential random backoff: jitter keeps slots that failed together from
 *       restarting in lockstep) and resets after a worker stayed up for {@code backoffResetAfter}.
 * </ul>
 *
 * <p>{@link dev.faultline.supervisor.restart.Recovery} holds what follows an escalation: the pool
 * pauses (503 with {@code Retry-After}) for a cool-down, tries one canary, and fills up again after
 * its probation; the cool-down doubles (capped) when the canary dies of something it could have
 * caused, and another canary starts at once when it is ended from outside. Halting for good is only
 * an explicit setting.
 *
 * <p>What to do with a plan (swap in a spare, start a JVM, pause and answer 503) is the pool's job.
 */
package dev.faultline.supervisor.restart;
