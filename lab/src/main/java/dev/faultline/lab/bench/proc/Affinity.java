package dev.faultline.lab.bench.proc;

import java.util.ArrayList;
import java.util.List;

/**
 * Pins work to CPUs: the calling thread through {@code sched_setaffinity(0, ...)} (0 means this
 * thread, not the whole JVM), a child process through {@code taskset -c}, which pins every thread
 * of the child, its GC and JIT threads included.
 */
public final class Affinity {
  private static final int MASK_LONGS = 16;

  private Affinity() {}

  /** Pins the calling thread to one CPU. */
  public static void pinThisThread(int cpu) {
    long[] mask = new long[MASK_LONGS];
    mask[cpu / 64] = 1L << (cpu % 64);
    set(mask);
  }

  /** Lets the calling thread run on every CPU again. */
  public static void unpinThisThread() {
    long[] mask = new long[MASK_LONGS];
    for (int cpu = 0; cpu < Runtime.getRuntime().availableProcessors(); cpu++) {
      mask[cpu / 64] |= 1L << (cpu % 64);
    }
    set(mask);
  }

  private static void set(long[] mask) {
    if (Libc.C.sched_setaffinity(0, MASK_LONGS * 8L, mask) != 0) {
      throw new IllegalStateException(
          "sched_setaffinity failed, errno " + com.sun.jna.Native.getLastError());
    }
  }

  /** {@code taskset -c <cpus> <command...>}; a null cpu list leaves the command as it is. */
  public static List<String> taskset(String cpus, List<String> command) {
    if (cpus == null) {
      return command;
    }
    List<String> out = new ArrayList<>(List.of("taskset", "-c", cpus));
    out.addAll(command);
    return out;
  }
}
