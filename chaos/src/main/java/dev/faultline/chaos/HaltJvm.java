package dev.faultline.chaos;

import dev.faultline.config.ExitCodes;

/**
 * Calls {@code Runtime.halt(1)} from the serving thread: the JVM ends at once, without running its
 * shutdown hooks (no graceful stop, no flushed logs, no closed connections), as a native library's
 * {@code _exit} or an overeager watchdog would. No thread can contain it: halt ends the process,
 * whichever thread calls it. In process mode the process is one worker.
 */
final class HaltJvm implements Fault {
  @Override
  public String name() {
    return "halt";
  }

  @Override
  public String summary() {
    return "Runtime.halt("
        + ExitCodes.FAULT_EXIT
        + ") from the serving thread: no shutdown hooks run";
  }

  @Override
  public String threadMode() {
    return "the server JVM ends, nothing stops cleanly";
  }

  @Override
  public String processMode() {
    return "one worker ends and is replaced";
  }

  @Override
  public void inject(FaultArgs args, UnitState unit) {
    Runtime.getRuntime().halt(ExitCodes.FAULT_EXIT);
  }
}
