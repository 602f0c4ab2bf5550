package dev.faultline.chaos;

import java.lang.reflect.Field;

/**
 * Writes to address 0 through {@code sun.misc.Unsafe}: a real SIGSEGV in native code.
 *
 * <p>No thread can contain it: the kernel delivers the signal to the process, the JVM's handler
 * finds no Java frame to turn it into an exception, writes an hs_err report and aborts (the parent
 * sees exit 134, SIGABRT). Every thread of that JVM dies with it. In process mode that is one
 * worker; in thread mode it is the server.
 */
final class Segfault implements Fault {

  @Override
  public String name() {
    return "segfault";
  }

  @Override
  public String summary() {
    return "native SIGSEGV: writes to address 0 through sun.misc.Unsafe";
  }

  @Override
  public void inject(FaultArgs args, UnitState unit) {
    unsafe().putAddress(0L, 42L);
  }

  private static sun.misc.Unsafe unsafe() {
    try {
      Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
      f.setAccessible(true);
      return (sun.misc.Unsafe) f.get(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("sun.misc.Unsafe is not reachable on this JVM", e);
    }
  }
}
