package dev.faultline.client;

import dev.faultline.chaos.FaultSchedule;
import dev.faultline.config.LoadSettings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Every request of a run, decided before the first is sent: plain requests at a constant rate
 * (open loop: the schedule never waits for answers) plus one faulted request per slot of the
 * fault schedule. Inputs come from the seed, so the same seed gives the same plan.
 */
final class RequestPlan {
  private RequestPlan() {}

  static List<PlannedRequest> build(LoadSettings s, FaultSchedule faults) {
    SplittableRandom random = new SplittableRandom(s.seed());
    List<PlannedRequest> plan = new ArrayList<>();
    double intervalNanos = 1e9 / s.rate();
    for (long i = 0; i < s.plannedRequests(); i++) {
      plan.add(new PlannedRequest(i, Math.round(i * intervalNanos), random.nextLong(), s.cost(), ""));
    }
    long seq = plan.size();
    for (FaultSchedule.Slot slot : faults.slots()) {
      plan.add(new PlannedRequest(seq++, slot.at().toNanos(), random.nextLong(), s.cost(), slot.fault()));
    }
    plan.sort(Comparator.comparingLong((PlannedRequest r) -> r.dueNanos).thenComparingLong(r -> r.seq));
    return plan;
  }
}
