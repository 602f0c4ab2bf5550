package dev.faultline.chaos;

import dev.faultline.config.ExitCodes;

/**
 * Calls {@code System.exit(1)} from the serving thread, as a library that "handles" an error by
 * exiting would. No thread can contain it: exit ends the whole JVM, whichever thread calls it.
 */
final class ExitJvm implements Fault {
  @Override
  public String name() {
    return "exit";
  }

  @Override
  public String summary() {
    return "System.exit(" + ExitCodes.FAULT_EXIT + ") from the serving thread";
  }

  @Override
  public String threadMode() {
    return "the server JVM exits";
  }

  @Override
  public String processMode() {
    return "one worker exits and is replaced";
  }

  @Override
  public void inject(FaultArgs args, UnitState unit) {
    System.exit(ExitCodes.FAULT_EXIT);
  }
}
