package dev.faultline.chaos;

/**
 * A busy loop that never ends and swallows interrupts, like a spin on a condition that never comes
 * true: the serving thread burns a core and never answers.
 *
 * <p>A thread cannot be stopped from outside: Java has no safe way to kill a thread ({@code
 * Thread.stop} is gone), and this one ignores interrupts, so the unit is lost until its JVM ends.
 * In thread mode that is one pool thread of the server, which keeps serving on the others with one
 * core fewer; in process mode it is one worker, which a supervisor can kill and replace (SIGKILL
 * always works on a process). Either way the core it burns is shared by everything on the machine.
 */
final class Hang implements Fault {

  @Override
  public String name() {
    return "hang";
  }

  @Override
  public String summary() {
    return "a busy loop that ignores interrupts: the serving unit never answers";
  }

  @Override
  public String threadMode() {
    return "one pool thread lost for good, one core burnt";
  }

  @Override
  public String processMode() {
    return "one worker stuck (a supervisor can SIGKILL it)";
  }

  @Override
  public void inject(FaultArgs args, UnitState unit) {
    long x = System.nanoTime();
    while (true) {
      x = x * 6364136223846793005L + 1442695040888963407L;
      if (Thread.interrupted()) {
        x ^= 1; // swallowed on purpose: this is the bug being shown
      }
    }
  }
}
