package dev.faultline.chaos;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every fault faultline can inject, by name, in a stable order. */
public final class FaultCatalogue {
  private static final Map<String, Fault> FAULTS =
      index(
          new Segfault(),
          new ExitJvm(),
          new HaltJvm(),
          new HeapExhaustion(),
          new MemoryLeak(),
          new Hang(),
          new Deadlock(),
          new FdExhaustion(),
          new CacheCorruption(),
          new CpuHog(),
          new Slow(),
          new StackOverflow(),
          new ThrownException());

  private FaultCatalogue() {}

  /**
   * @throws UnknownFaultException naming the valid faults
   */
  public static Fault byName(String name) {
    Fault fault = FAULTS.get(name);
    if (fault == null) {
      throw new UnknownFaultException(name, names());
    }
    return fault;
  }

  public static List<String> names() {
    return List.copyOf(FAULTS.keySet());
  }

  public static List<Fault> all() {
    return List.copyOf(FAULTS.values());
  }

  private static Map<String, Fault> index(Fault... faults) {
    Map<String, Fault> byName = new LinkedHashMap<>();
    for (Fault f : faults) {
      byName.put(f.name(), f);
    }
    return byName;
  }
}
