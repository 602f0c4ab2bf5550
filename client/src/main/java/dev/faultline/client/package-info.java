/**
 * The load client: the same requests at the same moments to one or more targets, and its report.
 *
 * <p>{@link dev.faultline.client.LoadRun} decides every request before the first leaves ({@code
 * RequestPlan}: a constant or linearly ramping rate, inputs from the seed, one faulted request per
 * slot of the {@link dev.faultline.chaos.FaultSchedule}) and hands each, at its scheduled moment,
 * to one {@code TargetDispatch} per target. A dispatch sends at once unless its in-flight bound is
 * reached (open loop: {@code --max-in-flight}; closed loop: the connections), else the request
 * waits in a FIFO backlog and counts as late if it leaves more than {@link
 * dev.faultline.client.LoadRun#LATE_AFTER} behind schedule; what still waits when sending stops is
 * {@code not_sent}. Max rate has no schedule: each answer pulls the next request. Everything runs
 * on one Vert.x context, so the statistics need no locks.
 *
 * <p>Latency is recorded twice in HdrHistogram, like wrk2's {@code --u_latency}: corrected, from
 * the scheduled moment (a stalled server cannot hide its stall), and uncorrected, from the actual
 * send (what a closed-loop tool reports; the gap between the two is coordinated omission, which
 * {@code CoordinatedOmissionNote} explains with the run's numbers). Every 200 is checked against
 * the digest the client computes itself ({@link dev.faultline.worker.Workload}); every failure
 * falls in one {@link dev.faultline.client.ErrorClass}. Requests that carried a fault are
 * "poisoned" and counted apart from the bystanders.
 *
 * <p>{@code Timeline} keeps per-second rows by the second a request was due, closing a second once
 * all its requests are answered (its histograms then go to the {@code IntervalLog} and back to a
 * pool). {@link dev.faultline.client.LoadReport} holds it all as JSON with stable field names; the
 * table, the CSV timeline and the self-contained HTML page ({@code HtmlReport} and {@code
 * ReportCharts}, on the shared {@link dev.faultline.client.page.ReportPage}) are rendered from that
 * JSON. {@link dev.faultline.client.Threshold}s are k6-style rules checked against it.
 *
 * <p>Depends on config, chaos (the schedule) and worker (the workload, to verify answers).
 */
package dev.faultline.client;
