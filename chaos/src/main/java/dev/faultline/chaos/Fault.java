package dev.faultline.chaos;

/**
 * One way a request can misbehave. {@link #inject()} runs on the thread serving the request,
 * inside the unit that serves it (a pool thread in thread mode, a worker JVM in process mode);
 * whatever it breaks, it breaks there.
 */
public interface Fault {

  /** The name used in {@code fault=<name>}. */
  String name();

  /** One line for {@code --help} and error messages. */
  String summary();

  /** Do the damage. May never return (the JVM dies) or may throw. */
  void inject();
}
