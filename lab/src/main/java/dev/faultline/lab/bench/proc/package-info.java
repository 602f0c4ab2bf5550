/**
 * What the benchmark reads from the kernel and asks of it, in one place.
 *
 * <p>Readers of {@code /proc}: {@link dev.faultline.lab.bench.proc.MemoryUse} ({@code
 * smaps_rollup}: private, PSS), {@link dev.faultline.lab.bench.proc.SharedMappings} ({@code smaps}:
 * shared pages of named files), {@link dev.faultline.lab.bench.proc.ContextSwitches} (every task's
 * {@code status}), {@link dev.faultline.lab.bench.proc.StackMappings} (each task's stack pointer
 * from {@code syscall}, found in {@code maps}). Each parses text the kernel documents in {@code
 * proc(5)}; the parsers are package-private static methods so tests can feed them fixed text.
 *
 * <p>Calls: {@link dev.faultline.lab.bench.proc.Libc} is the one JNA binding (affinity, POSIX
 * message queues and semaphores, {@code mkfifo}, {@code posix_spawn}, {@code mmap}); {@link
 * dev.faultline.lab.bench.proc.Affinity} pins the calling thread or, through {@code taskset}, a
 * child.
 *
 * <p>Children: {@link dev.faultline.lab.bench.proc.Children} starts child JVMs from this jar with
 * the workers' flags ({@code JavaCommand}) and ends every one of them by its own pid when a part
 * ends, however it ends; {@link dev.faultline.lab.bench.proc.ChildJvm} reads a child's control
 * lines from its stderr, so its stdin and stdout stay free to be the anonymous pipe under test.
 * Nothing here ends a process it did not start.
 */
package dev.faultline.lab.bench.proc;
