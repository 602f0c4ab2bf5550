package dev.faultline.chaos;

import dev.faultline.config.ExitCodes;
import java.util.ArrayList;
import java.util.List;

/**
 * One request allocates 1 MiB blocks and keeps them until the heap is exhausted.
 *
 * <p>A thread cannot contain it: the heap is shared, so while this request holds it every other
 * request in the JVM fails to allocate too. faultline runs both modes with {@code
 * -XX:+ExitOnOutOfMemoryError}, as production JVMs should (a JVM after an OOM is in an unknown
 * state), so the JVM that ran out exits with status 3: in process mode one worker, in thread mode
 * the server. Both modes get the same total heap.
 */
final class HeapExhaustion implements Fault {
  private static final int BLOCK_BYTES = 1 << 20;

  @Override
  public String name() {
    return "oom";
  }

  @Override
  public String summary() {
    return "one request allocates until the heap is exhausted (OutOfMemoryError)";
  }

  @Override
  public String threadMode() {
    return "the server JVM exits (" + ExitCodes.JVM_OUT_OF_MEMORY + ")";
  }

  @Override
  public String processMode() {
    return "one worker exits (" + ExitCodes.JVM_OUT_OF_MEMORY + ") and is replaced";
  }

  @Override
  public void inject(FaultArgs args, UnitState unit) {
    List<byte[]> hoard = new ArrayList<>();
    while (true) {
      hoard.add(new byte[BLOCK_BYTES]);
    }
  }
}
