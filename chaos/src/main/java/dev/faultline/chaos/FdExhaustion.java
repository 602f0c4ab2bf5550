package dev.faultline.chaos;

import java.io.FileInputStream;
import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Opens {@code /dev/null} again and again, never closing, until the kernel refuses with EMFILE (too
 * many open files) or {@value #MAX_FILES} files are open, whichever comes first, then fails the
 * request with a 500 naming the count. The files stay open until the JVM ends: a leak, as a
 * forgotten {@code close()} makes one.
 *
 * <p>A thread cannot contain it: the file table belongs to the process. In thread mode the server's
 * HTTP front shares it, so it can no longer accept a connection (or open anything else); requests
 * on connections opened before still work. In process mode the table is one worker's: the master's
 * front keeps accepting, and the worker keeps serving on the socket it already has. To reach EMFILE
 * before the bound, run the server with {@code ulimit -n} at most {@value #MAX_FILES}; {@code
 * faultline matrix} starts its servers with 4096.
 */
final class FdExhaustion implements Fault {
  /** The bound on files one injection opens, whatever the process limit. */
  static final int MAX_FILES = 65_536;

  private static final Queue<FileInputStream> OPEN = new ConcurrentLinkedQueue<>();

  @Override
  public String name() {
    return "fd-exhaust";
  }

  @Override
  public String summary() {
    return "opens files until EMFILE (at most " + MAX_FILES + ") and keeps them open";
  }

  @Override
  public String threadMode() {
    return "the front can no longer accept connections";
  }

  @Override
  public String processMode() {
    return "one worker's file table is full; the master's front is not";
  }

  @Override
  public void inject(FaultArgs args, UnitState unit) {
    Class<?> loadedWhileWeStillCan =
        InjectedFaultException.class; // loading a class may need a file
    int opened = 0;
    String stop = "stopped at the bound of " + MAX_FILES;
    try {
      for (; opened < MAX_FILES; opened++) {
        OPEN.add(new FileInputStream("/dev/null"));
      }
    } catch (IOException e) {
      stop = e.getMessage();
    }
    throw new InjectedFaultException(
        "fd-exhaust opened "
            + opened
            + " files and keeps them open ("
            + stop
            + "); "
            + loadedWhileWeStillCan.getSimpleName());
  }
}
