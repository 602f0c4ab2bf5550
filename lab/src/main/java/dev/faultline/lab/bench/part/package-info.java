/**
 * The parts of {@code faultline bench}, one class each, and their registry {@link
 * dev.faultline.lab.bench.part.Parts}: a new part is one class implementing {@link
 * dev.faultline.lab.bench.part.Part} and one entry in {@code Parts.ALL}.
 *
 * <p>A part measures and hands its numbers to its claim's rule (package {@code verdict}); it never
 * decides a verdict itself. Its work is bounded by counts and times from {@link
 * dev.faultline.lab.bench.part.PartSettings}, and the runner bounds it again in wall time. Every
 * process it starts goes through its {@code Children}, which ends them when the part ends.
 *
 * <p>Parts that need two real processes start {@code BenchChild} JVMs from this jar ({@code
 * ChildEchoSide}); parts that need the product under load start real {@code serve} servers through
 * {@code ServerProcess} and drive them with the client module's {@code LoadRun}, the product's one
 * load generator ({@code ServedModes}). The isolation part reuses the fault matrix: it reads a
 * matrix report, or runs a short matrix through {@code MatrixRunner}, and reads the report it
 * wrote.
 *
 * <p>Progress: each part prints a line per measurement as it goes ({@code [bench ipc] uds two-cores
 * p50 ...}), so a long run is never silent.
 */
package dev.faultline.lab.bench.part;
