package dev.faultline.client;

import dev.faultline.chaos.FaultSchedule;
import dev.faultline.config.LoadSettings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Every request of a paced run, decided before the first is sent: plain requests at the rate
 * (constant, or a linear ramp from the start rate to the end rate) plus one faulted request per
 * slot of the fault schedule. Inputs come from the seed, so the same seed gives the same plan.
 */
final class RequestPlan {
  private RequestPlan() {}

  static List<PlannedRequest> build(LoadSettings s, FaultSchedule faults) {
    return build(s, faults, 0);
  }

  /**
   * @param hotInputs 0 for a fresh input per request; else each plain request asks for one of this
   *     many inputs drawn from the seed, as a hot set that a server's result cache holds
   */
  static List<PlannedRequest> build(LoadSettings s, FaultSchedule faults, int hotInputs) {
    SplittableRandom random = new SplittableRandom(s.seed());
    long[] hot = random.longs(hotInputs).toArray();
    List<PlannedRequest> plan = new ArrayList<>();
    for (long i = 0; i < s.plannedRequests(); i++) {
      long input = hotInputs == 0 ? random.nextLong() : hot[random.nextInt(hotInputs)];
      plan.add(new PlannedRequest(i, dueNanos(i, s), input, s.cost(), ""));
    }
    long seq = plan.size();
    for (FaultSchedule.Slot slot : faults.slots()) {
      plan.add(
          new PlannedRequest(
              seq++, slot.at().toNanos(), random.nextLong(), s.cost(), slot.fault()));
    }
    plan.sort(
        Comparator.comparingLong((PlannedRequest r) -> r.dueNanos).thenComparingLong(r -> r.seq));
    return plan;
  }

  /**
   * When request {@code i} is due. The rate grows linearly, r(t) = r0 + k t, so i requests have
   * left by t where r0 t + k t^2 / 2 = i; this form of the root also holds for k = 0 (t = i / r0).
   */
  static long dueNanos(long i, LoadSettings s) {
    double r0 = s.rate();
    double k = (s.endRate() - r0) / (s.duration().toNanos() / 1e9);
    double seconds = 2.0 * i / (r0 + Math.sqrt(Math.max(0, r0 * r0 + 2 * k * i)));
    return Math.round(seconds * 1e9);
  }
}
