package dev.faultline.chaos;

import java.lang.reflect.Field;

/**
 * Writes to address 0 through {@code sun.misc.Unsafe}: a real SIGSEGV in native code.
 *
 * <p>No thread can contain it: the kernel delivers the signal to the process, the JVM's handler
 * finds no Java frame to turn it into an exception, writes an hs_err report and aborts. Every
 * thread of that JVM dies with it. In process mode that is one worker; in thread mode it is the
 * server. The parent sees exit 1 here, because every JVM faultline starts has {@code
 * -XX:-CreateCoredumpOnCrash} (with core dumps on, the abort would show as 134, SIGABRT).
 *
 * <p>{@code Unsafe} is used on purpose: its write IS the crash. JDK 23 and newer guard {@code
 * Unsafe} memory access ({@code --sun-misc-unsafe-memory-access}, JEP 471), so the JVMs that run
 * faults are started with it allowed. Where it is denied (the flag says {@code deny}, or a later
 * JDK's default) or gone (the method or {@code jdk.unsupported} removed), the fault cannot crash
 * anything: it throws {@link FaultUnavailableException}, the request fails with a 500 that names
 * the fault and the reason, and the JVM lives on. It never silently does nothing.
 */
final class Segfault implements Fault {
  private final Runnable writeToAddressZero;

  Segfault() {
    this(Segfault::putAddressZero);
  }

  /** With another write, for tests of what happens where {@code Unsafe} refuses. */
  Segfault(Runnable writeToAddressZero) {
    this.writeToAddressZero = writeToAddressZero;
  }

  @Override
  public String name() {
    return "segfault";
  }

  @Override
  public String summary() {
    return "native SIGSEGV: writes to address 0 through sun.misc.Unsafe";
  }

  @Override
  public String threadMode() {
    return "the server JVM dies";
  }

  @Override
  public String processMode() {
    return "one worker dies and is replaced";
  }

  @Override
  public void inject(FaultArgs args, UnitState unit) {
    try {
      writeToAddressZero.run();
    } catch (UnsupportedOperationException | LinkageError e) {
      throw new FaultUnavailableException(name(), unavailableReason(e));
    }
    throw new FaultUnavailableException(name(), "writing to address 0 did not crash this JVM");
  }

  private static String unavailableReason(Throwable e) {
    return "this JVM (Java "
        + Runtime.version()
        + ") refuses sun.misc.Unsafe memory access ("
        + e
        + "); the segfault fault needs --sun-misc-unsafe-memory-access=allow, which faultline"
        + " gives the JVMs it starts on JDKs that know it";
  }

  private static void putAddressZero() {
    unsafe().putAddress(0L, 42L);
  }

  private static sun.misc.Unsafe unsafe() {
    try {
      Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
      f.setAccessible(true);
      return (sun.misc.Unsafe) f.get(null);
    } catch (ReflectiveOperationException e) {
      throw new UnsupportedOperationException("sun.misc.Unsafe is not reachable: " + e, e);
    }
  }
}
