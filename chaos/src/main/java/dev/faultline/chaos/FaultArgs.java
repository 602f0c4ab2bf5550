package dev.faultline.chaos;

import java.util.Map;
import java.util.TreeMap;

/** The parameter values of one injection, every parameter of the fault present and in bounds. */
public final class FaultArgs {
  /** For faults that take no parameters. */
  public static final FaultArgs NONE = new FaultArgs(Map.of());

  private final Map<String, Long> values;

  FaultArgs(Map<String, Long> values) {
    this.values = Map.copyOf(values);
  }

  /**
   * @throws IllegalArgumentException if the fault declared no such parameter (a bug, not bad input)
   */
  public long get(String name) {
    Long v = values.get(name);
    if (v == null) {
      throw new IllegalArgumentException(
          "no fault parameter '" + name + "' here; present: " + values.keySet());
    }
    return v;
  }

  @Override
  public String toString() {
    return new TreeMap<>(values).toString();
  }
}
