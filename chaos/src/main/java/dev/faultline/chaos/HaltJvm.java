package dev.faultline.chaos;

/**
 * Calls {@code Runtime.halt(1)} from the serving thread: the JVM ends at once, without running its
 * shutdown hooks (no graceful stop, no flushed logs, no closed connections), as a native library's
 * {@code _exit} or an overeager watchdog would. No thread can contain it: halt ends the process,
 * whichever thread calls it. In process mode the process is one worker.
 */
final class HaltJvm implements Fault {
  static final int HALT_STATUS = 1;

  @Override
  public String name() {
    return "halt";
  }

  @Override
  public String summary() {
    return "Runtime.halt(" + HALT_STATUS + ") from the serving thread: no shutdown hooks run";
  }

  @Override
  public void inject(FaultArgs args, UnitState unit) {
    Runtime.getRuntime().halt(HALT_STATUS);
  }
}
