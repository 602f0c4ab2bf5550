package dev.faultline.chaos;

/**
 * Calls {@code System.exit(1)} from the serving thread, as a library that "handles" an error by
 * exiting would. No thread can contain it: exit ends the whole JVM, whichever thread calls it.
 */
final class ExitJvm implements Fault {
  static final int EXIT_STATUS = 1;

  @Override
  public String name() {
    return "exit";
  }

  @Override
  public String summary() {
    return "System.exit(" + EXIT_STATUS + ") from the serving thread";
  }

  @Override
  public void inject(FaultArgs args, UnitState unit) {
    System.exit(EXIT_STATUS);
  }
}
