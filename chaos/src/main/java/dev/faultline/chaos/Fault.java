package dev.faultline.chaos;

import java.util.List;

/**
 * One way a request can misbehave. {@link #inject} runs on the thread serving the request, inside
 * the unit that serves it (a pool thread in thread mode, a worker JVM in process mode); whatever it
 * breaks, it breaks there.
 */
public interface Fault {

  /** The name used in {@code fault=<name>}. */
  String name();

  /** One line for {@code --help} and error messages. */
  String summary();

  /** What a thread-mode server loses to it, in a few words (the docs' fault catalogue). */
  String threadMode();

  /** What a process-mode server loses to it, in a few words (the docs' fault catalogue). */
  String processMode();

  /** The parameters it takes, with their bounds; none unless the fault says so. */
  default List<FaultParameter> parameters() {
    return List.of();
  }

  /**
   * Do the damage. May never return (the JVM dies, or the thread is stuck for good), may throw, or
   * may return so that the request goes on to the workload.
   *
   * @param args this request's parameter values, already checked against {@link #parameters()}
   * @param unit the serving unit's shared state, for faults that damage it
   */
  void inject(FaultArgs args, UnitState unit);
}
