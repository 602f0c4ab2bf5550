package dev.faultline.lab.bench.verdict;

import java.util.List;

/**
 * Claim 6, from the fault matrix's valid rows. It holds when some fault takes the thread-mode
 * server down and no fault takes the process-mode server down. The nuance: faults the JVM contains
 * inside a thread (a thrown exception, a stack overflow), and requests a worker's death still
 * failed.
 */
public final class IsolationRule {
  /**
   * One fault measured in both modes.
   *
   * @param processCollateral window requests without a correct answer in process mode
   */
  public record Fault(
      String fault, boolean threadSurvived, boolean processSurvived, long processCollateral) {}

  private IsolationRule() {}

  public static Judgement judge(List<Fault> faults) {
    if (faults.isEmpty()) {
      return Judgement.notMeasured("the matrix had no valid row in both modes");
    }
    List<String> processDown = names(faults, f -> !f.processSurvived());
    List<String> threadDown = names(faults, f -> !f.threadSurvived());
    List<String> contained = names(faults, Fault::threadSurvived);
    if (!processDown.isEmpty()) {
      return Judgement.doesNotHold("The process-mode server itself went down on " + processDown);
    }
    if (threadDown.isEmpty()) {
      return Judgement.doesNotHold("No fault took the thread-mode server down here.");
    }
    long collateral = faults.stream().mapToLong(Fault::processCollateral).sum();
    String tally =
        threadDown.size()
            + " of "
            + faults.size()
            + " faults took the thread server down "
            + threadDown;
    if (contained.isEmpty() && collateral == 0) {
      return Judgement.holds(tally + "; the process server survived all, losing no request.");
    }
    return Judgement.nuance(
        tally
            + (contained.isEmpty() ? "" : ", but the JVM contained " + contained + " in a thread")
            + "; the process server survived all, yet worker deaths failed "
            + collateral
            + " requests in flight.");
  }

  private static List<String> names(List<Fault> faults, java.util.function.Predicate<Fault> which) {
    return faults.stream().filter(which).map(Fault::fault).toList();
  }
}
