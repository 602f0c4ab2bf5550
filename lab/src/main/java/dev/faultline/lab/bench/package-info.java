/**
 * {@code faultline bench}: every claim of the process-versus-thread lesson, measured on the machine
 * it runs on, with a verdict.
 *
 * <p>{@link dev.faultline.lab.bench.BenchRunner} runs the chosen parts one after the other, each on
 * a thread of its own, within the smaller of the part's bound and the time left of the whole run
 * ({@code --time-limit}, 280 s by default, so {@code bench all} ends within 5 minutes). When a part
 * ends, however it ends (done, failed, out of time), every child it started is ended by its pid
 * ({@code Children}). A part that did not finish leaves its claim "not measured" and the exit
 * status 1; it never stops the other parts.
 *
 * <p>{@link dev.faultline.lab.bench.BenchReport} always lists the seven claims in the lesson's
 * order, each with what was measured, the numbers (units in the field names) and the verdict with
 * its sentence, then each part's own data; as JSON ({@code --report-json}) and Markdown ({@code
 * --report-md}), and the claims as text on the console. {@code BenchPage} writes the HTML page
 * ({@code --report-html}) from the JSON: the claims with their verdicts and {@code BenchCharts}
 * (IPC round trips per kind and placement, creation costs, memory per unit), each from the data of
 * its part, with the kinds and placements that data holds.
 *
 * <p>Sub-packages: {@code part} (one class per part and the registry {@code Parts}), {@code
 * verdict} (the claims and their pure rules), {@code ipc} (the transports), {@code proc} (/proc
 * readers, JNA, children), {@code child} (the child JVMs' entry point). This package never measures
 * anything itself.
 */
package dev.faultline.lab.bench;
