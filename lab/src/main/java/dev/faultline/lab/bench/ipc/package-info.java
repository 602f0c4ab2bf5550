/**
 * Round trips of a 64-byte message over every IPC kind of the lesson, and between two threads.
 *
 * <p>A {@link dev.faultline.lab.bench.ipc.Transport} starts its echo (a child JVM of this jar,
 * pinned with {@code taskset}, or a pinned thread of this JVM) and returns the measuring {@link
 * dev.faultline.lab.bench.ipc.Link}; the same class holds the child-side echo loop, so both ends of
 * a kind read in one file. {@link dev.faultline.lab.bench.ipc.Transports} names them all: {@code
 * pipe} (the child's stdin and stdout), {@code fifo} (mkfifo), {@code uds}, {@code tcp} (loopback),
 * {@code shm} and {@code mmap} (one {@code SharedRing} in /dev/shm or in a disk file, waiting by
 * {@code SpinThenPark}), {@code mqueue} and {@code semaphore} (POSIX, through JNA), {@code thread}
 * (the in-JVM baseline: SynchronousQueue) and {@code thread-pipe} (two threads over pipe(2), for
 * the switch part).
 *
 * <p>{@link dev.faultline.lab.bench.ipc.RoundTrips} pins the measuring thread, connects, warms up,
 * then records each round trip in an HdrHistogram until a count or a time bound. Every message
 * carries its sequence number and the answer must echo it. Every wait has a timeout (2 s): a dead
 * echo fails the measurement with its reason, it never hangs the benchmark. A kind that cannot run
 * here is reported with the exception that stopped it.
 *
 * <p>What a number means: on {@code two-cores} each end has its own CPU and a spinning side wins;
 * on {@code one-core} each round trip needs two context switches, and a side that spins only delays
 * the other.
 */
package dev.faultline.lab.bench.ipc;
