/**
 * {@code faultline bench overhead}: what process mode costs next to thread mode, as numbers against
 * goals, so that a user who compares the two modes learns the price the OS charges for isolation
 * and not the overhead of a careless implementation.
 *
 * <p>{@link dev.faultline.lab.bench.overhead.BenchOverheadCommand} is what {@code bench overhead}
 * runs (the {@code bench} command hands the part name {@code overhead} to it); {@code
 * OverheadBench} runs the phases on fresh servers started like the demo starts them ({@code
 * ServerProcess}); {@code LoadPhases} drives every request through the client's load engine, the
 * product's only load generator; {@code WorkerRestarts} kills workers from outside and reads the
 * replacements' {@code worker_ready} lines from the pool's crash log; {@code PrivateMemory} reads
 * {@code smaps_rollup}; {@code Measures} turns the numbers into {@code Goal}s, each with its
 * measured value, its ratio to the goal and whether it was met; {@code OverheadPage} draws every
 * goal of the JSON as its measured / goal ({@code --report-html}).
 *
 * <p>Throughput is measured one mode at a time (both at once would split the two cores between them
 * and measure the scheduler); latency at a moderate rate is measured with both modes driven at once
 * by one client, which says in its summary whether it kept up. A benchmark is not a test: it exits
 * 0 whatever it found, and the goals not met are in the report.
 */
package dev.faultline.lab.bench.overhead;
