/**
 * The JMH benchmarks of the master's and the worker's hot path (module jmh, artifact faultline-jmh;
 * not in faultline.jar, run only on demand: {@code java -jar jmh/target/benchmarks.jar -prof gc}).
 * {@code PipelineBenchmark} here runs a message through the whole IPC pipeline on an embedded
 * channel. Two benchmarks live in the packages of the code they measure, because that code is
 * package-private or protected and a benchmark must not widen it: {@code
 * dev.faultline.worker.ipc.CodecBenchmark} (the codec alone on pooled buffers) and {@code
 * dev.faultline.supervisor.pool.DispatchBenchmark} (the dispatcher's least-loaded pick among N
 * ready workers, and the send that follows). Allocation per operation ({@code gc.alloc.rate.norm}
 * of {@code -prof gc}) is how "no per-request allocation where a pooled buffer serves" is measured.
 */
package dev.faultline.jmh;
