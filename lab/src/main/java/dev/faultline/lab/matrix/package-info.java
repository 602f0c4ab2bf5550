/**
 * {@code faultline matrix}: every fault in both modes, measured into one table.
 *
 * <p>{@link dev.faultline.lab.matrix.MatrixRunner} runs one {@code FaultTrial} per fault, one after
 * the other. A trial starts a fresh thread-mode and a fresh process-mode server (the demo's {@code
 * ServerProcess}, without its restart: a death is what is measured, and with a file limit so {@code
 * fd-exhaust} reaches EMFILE quickly) and drives each with a {@code TrialLoad}: the client's own
 * load engine and answer check ({@code LoadRun}, the one load generator of the product), steady
 * open-loop requests on new connections, hot inputs, every digest checked; {@code TrialLoad} only
 * listens to each outcome and stops the run when the window is over. Its {@code TrialClock} decides
 * the phases: warm-up (at least {@code --warmup}, and until a full second of correct answers),
 * baseline, injection (once every baseline request has its answer), window. Like Chaos Toolkit's
 * steady-state hypothesis, a baseline that is not all correct makes the row invalid: it is not
 * counted, and the trial is run once more on fresh servers; the row says which attempt it is.
 *
 * <p>Then, for each server: {@code serverSurvived} (still running once the load drained, and it did
 * not announce its end), {@code collateralFailures} and {@code wrongAnswers} over the window
 * ({@code TrialMeasure}), {@code recoveryMs} ({@code Recovery}: the first full second of correct
 * answers after the window's first failure), {@code capacityLost} ({@code CapacityLost}: units dead
 * or stuck in {@code /status} at the end of the window; all of them if it does not answer) and the
 * p99 of the baseline and of the window. {@code MatrixReport} writes JSON and Markdown; {@code
 * MatrixTable} prints the table; {@code MatrixPage} writes the HTML page from the JSON and each
 * trial's samples ({@code TrialChart}: correct answers and failures per second of every mode,
 * aligned on its injection, with the row's {@code phasesMs}). Every trial leaves its servers' logs,
 * crash reports and every background request (CSV) in its own directory.
 *
 * <p>The two servers of a trial run side by side, as in the demo: a fault that burns CPU in one is
 * felt by the other, because the machine's cores are shared by everything on it.
 */
package dev.faultline.lab.matrix;
