package dev.faultline.chaos;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A fault and its parameter values, as written everywhere a fault is named ({@code fault=} in a
 * request, {@code --faults} on the command line, the job sent to a worker): {@code name} or {@code
 * name:param=value[:param=value]}, e.g. {@code leak:mb=32}. Parameters not given take their
 * defaults; anything unknown, malformed or out of bounds is refused with a message naming the
 * fault, the parameter, the rule and the value.
 *
 * @param text the spec as written, trimmed: what travels with the job
 */
public record FaultSpec(Fault fault, FaultArgs args, String text) {

  /**
   * @throws UnknownFaultException when the name is not in the catalogue
   * @throws BadFaultParameterException when a parameter breaks its rule
   */
  public static FaultSpec parse(String text) {
    String trimmed = text == null ? null : text.trim();
    String[] parts = trimmed == null ? new String[] {null} : trimmed.split(":", -1);
    Fault fault = FaultCatalogue.byName(parts[0]);
    Map<String, Long> values = new HashMap<>();
    Set<String> given = new HashSet<>();
    for (int i = 1; i < parts.length; i++) {
      read(fault, parts[i], values, given);
    }
    fault.parameters().forEach(p -> values.putIfAbsent(p.name(), p.defaultValue()));
    return new FaultSpec(fault, new FaultArgs(values), trimmed);
  }

  /** Runs the fault with these values, on the calling thread. */
  public void inject(UnitState unit) {
    fault.inject(args, unit);
  }

  /** {@code leak:mb=1..4096 MiB (default 16)}, or the bare name for a fault without parameters. */
  public static String usage(Fault fault) {
    return fault.parameters().isEmpty()
        ? fault.name()
        : fault.name()
            + ":"
            + fault.parameters().stream()
                .map(FaultParameter::describe)
                .collect(Collectors.joining(":"));
  }

  private static void read(Fault fault, String part, Map<String, Long> values, Set<String> given) {
    int eq = part.indexOf('=');
    if (eq <= 0) {
      throw new BadFaultParameterException(fault.name(), part, "must be written name=value", part);
    }
    String name = part.substring(0, eq);
    FaultParameter p = parameter(fault, name, part);
    if (!given.add(name)) {
      throw new BadFaultParameterException(fault.name(), name, "must be given at most once", part);
    }
    values.put(name, value(fault, p, part.substring(eq + 1)));
  }

  private static FaultParameter parameter(Fault fault, String name, String part) {
    List<FaultParameter> known = fault.parameters();
    return known.stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new BadFaultParameterException(
                    fault.name(),
                    name,
                    "does not exist: "
                        + fault.name()
                        + " takes "
                        + (known.isEmpty()
                            ? "no parameters"
                            : known.stream()
                                .map(FaultParameter::describe)
                                .collect(Collectors.joining(", "))),
                    part));
  }

  private static long value(Fault fault, FaultParameter p, String text) {
    long v;
    try {
      v = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new BadFaultParameterException(fault.name(), p.name(), "must be a whole number", text);
    }
    if (v < p.min() || v > p.max()) {
      throw new BadFaultParameterException(
          fault.name(),
          p.name(),
          "must be between " + p.min() + " and " + p.max() + " (" + p.unit() + ")",
          v);
    }
    return v;
  }
}
