/**
 * {@code faultline soak --crashes N}: many worker deaths of every kind against one process-mode
 * server under load, and the checks that it came through intact.
 *
 * <p>{@link dev.faultline.lab.soak.SoakRun} starts the server through the demo's {@code
 * ServerProcess} (no restart of a dead server: a restarted master would fail the first check), with
 * the default restart budget over a 10 s period so N deaths fit in minutes. The load is the
 * client's {@code LoadRun} only ({@code SoakLoad}): requests without a fault, digests checked, plus
 * faulted requests (segfault, exit, halt, oom) on its fault schedule; short runs with a fault every
 * 100 ms make the bursts beyond the budget. {@code OutsideCauses} sends real signals (KILL, SEGV,
 * TERM, STOP) with {@code kill} to worker pids read from {@code /status}, every third to a worker
 * still booting. {@code SoakChecks} then compares what was caused with the server's {@code
 * crash-events.jsonl} ({@code Classification}), counts bystander outcomes, and reads /proc ({@code
 * ProcFacts}) for the master's fds, threads, RSS, its children and leftovers. Every loop is bounded
 * in count or time.
 */
package dev.faultline.lab.soak;
