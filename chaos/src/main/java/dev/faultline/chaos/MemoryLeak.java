package dev.faultline.chaos;

import dev.faultline.config.ExitCodes;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Each such request allocates {@code mb} MiB (1 to 4096, default 16) in 1 MiB blocks and keeps them
 * reachable from a static field for as long as the JVM lives, then answers normally. One request
 * costs little; enough of them (or one big enough) exhaust the heap, and with {@code
 * -XX:+ExitOnOutOfMemoryError} the JVM exits 3: a slow death, not a crash.
 *
 * <p>A thread cannot contain it: the leaked blocks sit in the heap every thread allocates from, and
 * nothing but the end of the JVM frees them. In process mode the leak dies with its worker and the
 * replacement starts with an empty heap; in thread mode the server is what dies.
 */
final class MemoryLeak implements Fault {
  static final FaultParameter MB = new FaultParameter("mb", 1, 4096, 16, "MiB");
  private static final int BLOCK_BYTES = 1 << 20;

  /** Never cleared: that is the leak. */
  private static final Queue<byte[]> RETAINED = new ConcurrentLinkedQueue<>();

  @Override
  public String name() {
    return "leak";
  }

  @Override
  public String summary() {
    return "each request keeps mb MiB reachable forever; enough of them exhaust the heap";
  }

  @Override
  public String threadMode() {
    return "the leak accumulates in the server's heap until it exits ("
        + ExitCodes.JVM_OUT_OF_MEMORY
        + ")";
  }

  @Override
  public String processMode() {
    return "the leak dies with its worker";
  }

  @Override
  public List<FaultParameter> parameters() {
    return List.of(MB);
  }

  @Override
  public void inject(FaultArgs args, UnitState unit) {
    for (long i = 0; i < args.get(MB.name()); i++) {
      RETAINED.add(new byte[BLOCK_BYTES]);
    }
  }

  /** How many MiB this JVM has leaked so far. */
  static int retainedMiB() {
    return RETAINED.size();
  }
}
