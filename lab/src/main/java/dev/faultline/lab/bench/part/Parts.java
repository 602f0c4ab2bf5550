package dev.faultline.lab.bench.part;

import java.util.List;
import java.util.stream.Collectors;

/** Every part, in the order {@code bench all} runs them. A new part is one class and one entry. */
public final class Parts {
  public static final List<Part> ALL =
      List.of(
          new LayoutPart(),
          new IpcPart(),
          new SpawnPart(),
          new MemoryPart(),
          new SwitchPart(),
          new SyncPart(),
          new IsolationPart());

  private Parts() {}

  /** The part called {@code name}, or null. */
  public static Part named(String name) {
    return ALL.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
  }

  /** {@code layout|ipc|...|all} */
  public static String names() {
    return ALL.stream().map(Part::name).collect(Collectors.joining("|")) + "|all";
  }
}
