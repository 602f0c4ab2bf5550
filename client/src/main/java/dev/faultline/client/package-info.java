/**
 * The load client: open-loop load against one or more targets, and its report.
 *
 * <p>{@link dev.faultline.client.LoadRun} decides every request before the first leaves
 * ({@code RequestPlan}: constant rate, inputs from the seed, one faulted request per slot of the
 * {@link dev.faultline.chaos.FaultSchedule}) and sends each at its scheduled moment to every
 * target, answered or not (open loop). Latency is measured from the scheduled moment, not from
 * when the request actually left, so a stalled server cannot hide its stall (no coordinated
 * omission), and recorded in HdrHistogram. Every 200 is checked against the digest the client
 * computes itself ({@link dev.faultline.worker.Workload}); a wrong one is a wrong answer, not a
 * success.
 *
 * <p>{@link dev.faultline.client.LoadReport} holds per-target results with stable JSON field
 * names and renders the side-by-side table. Requests that carried a fault are "poisoned" and
 * counted apart: only requests without a fault count toward collateral failures and
 * availability.
 *
 * <p>Depends on config, chaos (the schedule) and worker (the workload, to verify answers).
 */
package dev.faultline.client;
