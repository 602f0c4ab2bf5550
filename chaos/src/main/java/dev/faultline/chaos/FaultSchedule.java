package dev.faultline.chaos;

import dev.faultline.config.ConfigException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * When each fault is sent during a load run: the first at {@code every}, then one more every {@code
 * every}, taking the names round robin in the order given, until the run ends. Every target gets
 * the same faults at the same moments, so the modes are compared on equal terms.
 */
public final class FaultSchedule {

  /**
   * One injection: which fault (a {@link FaultSpec} text), and when, counted from the start of the
   * run.
   */
  public record Slot(Duration at, String fault) {}

  private final List<Slot> slots;

  public FaultSchedule(List<String> faults, Duration every, Duration runLength) {
    if (every.isNegative() || every.isZero()) {
      throw new ConfigException("fault-every", "must be > 0", every.toMillis() + "ms");
    }
    faults.forEach(FaultSpec::parse);
    this.slots = plan(faults, every, runLength);
  }

  public List<Slot> slots() {
    return slots;
  }

  private static List<Slot> plan(List<String> faults, Duration every, Duration runLength) {
    List<Slot> out = new ArrayList<>();
    if (faults.isEmpty()) {
      return out;
    }
    for (Duration at = every; at.compareTo(runLength) < 0; at = at.plus(every)) {
      out.add(new Slot(at, faults.get(out.size() % faults.size())));
    }
    return List.copyOf(out);
  }
}
