package dev.faultline.supervisor.launch;

import java.util.ArrayList;
import java.util.List;

/**
 * The flags a child JVM needs from the JDK that runs it, so that it warns about nothing we did on
 * purpose, and only those: a warning we did not cause still shows. A child runs this JVM's own java
 * binary ({@link JavaCommand}), so this JVM's version is the child's.
 *
 * <ul>
 *   <li>Native access: Netty's epoll transport loads its library with {@code System.loadLibrary}
 *       and the bench calls libc through JNA; JDK 22 and newer call these restricted methods and
 *       warn unless the caller's module may use them (JDK 24 warns for JNI too, JEP 472). The jar's
 *       manifest says {@code Enable-Native-Access: ALL-UNNAMED} for a JVM started with {@code
 *       -jar}; children start with {@code -cp}, so they get the flag.
 *   <li>{@code sun.misc.Unsafe} memory access, only for a JVM that runs faults: the segfault fault
 *       writes to address 0 through {@code Unsafe.putAddress} on purpose, because that write IS the
 *       crash. JDK 23 and newer know {@code --sun-misc-unsafe-memory-access} (JEP 471), JDK 24
 *       warns by default (JEP 498), and a later JDK denies it by default: we allow it. With {@code
 *       allow}, Netty in that JVM uses {@code Unsafe} as it does on JDK 17 (Netty 4.2 leaves it
 *       alone by default on JDK 25 only when the flag is unset).
 * </ul>
 */
final class JdkFlags {
  /** The first JDK that warns about restricted native methods called without native access. */
  static final int FIRST_NATIVE_ACCESS_JDK = 22;

  /** The first JDK that knows {@code --sun-misc-unsafe-memory-access}. */
  static final int FIRST_UNSAFE_MEMORY_ACCESS_JDK = 23;

  static final String NATIVE_ACCESS = "--enable-native-access=ALL-UNNAMED";
  static final String UNSAFE_MEMORY_ACCESS = "--sun-misc-unsafe-memory-access=allow";

  private JdkFlags() {}

  /** The flags for a child of this JVM's JDK; {@code runsFaults} for one that may inject them. */
  static List<String> forChild(boolean runsFaults) {
    return forJdk(Runtime.version().feature(), runsFaults);
  }

  static List<String> forJdk(int feature, boolean runsFaults) {
    List<String> flags = new ArrayList<>();
    if (feature >= FIRST_NATIVE_ACCESS_JDK) {
      flags.add(NATIVE_ACCESS);
    }
    if (runsFaults && feature >= FIRST_UNSAFE_MEMORY_ACCESS_JDK) {
      flags.add(UNSAFE_MEMORY_ACCESS);
    }
    return flags;
  }
}
