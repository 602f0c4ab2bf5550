/**
 * The benchmark's child JVMs: one entry point, {@link dev.faultline.lab.bench.child.BenchChild},
 * with a role per job.
 *
 * <p>Why a child of our own rather than a worker: a two-process measurement needs a second real
 * process that does exactly one thing (echo a message, count, map a page at a fixed address) and
 * nothing else that would blur the number. Children are started from the same jar with the workers'
 * flags ({@code JavaCommand}), so they are the same kind of JVM a worker is; the {@code spawn} part
 * starts real {@code WorkerMain}s where the worker itself is what is measured.
 *
 * <p>Protocol: control lines go to stderr with a prefix ({@code bench-child: ready}), commands come
 * on stdin, one per line; stdout stays free to be a data channel (the anonymous pipe). A child ends
 * when its stdin ends (its parent closed it or died), so none outlives the benchmark; its parent
 * also ends it by pid.
 */
package dev.faultline.lab.bench.child;
