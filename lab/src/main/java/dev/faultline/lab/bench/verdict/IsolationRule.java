package dev.faultline.lab.bench.verdict;

import java.util.List;
import java.util.function.Predicate;

/**
 * Claim 6, from the fault matrix's valid rows. It holds when some fault takes the thread-mode
 * server down, no fault takes the process-mode server down, the thread server contains no fault and
 * process mode loses no request. Otherwise, if the first two are true, the nuance names the faults
 * the JVM contains inside a thread (a thrown exception, a stack overflow), the faults that leave
 * the thread server up but answering wrongly (a corrupted shared cache), and the requests a
 * worker's death still failed.
 */
public final class IsolationRule {
  /**
   * One fault measured in both modes.
   *
   * @param threadWrongAnswers wrong answers from the thread-mode server in the window
   * @param processCollateral window requests without a correct answer in process mode
   */
  public record Fault(
      String fault,
      boolean threadSurvived,
      long threadWrongAnswers,
      boolean processSurvived,
      long processCollateral) {}

  private IsolationRule() {}

  public static Judgement judge(List<Fault> faults) {
    if (faults.isEmpty()) {
      return Judgement.notMeasured("the matrix had no fault with a valid row in both modes");
    }
    List<String> processDown = names(faults, f -> !f.processSurvived());
    List<String> threadDown = names(faults, f -> !f.threadSurvived());
    if (!processDown.isEmpty()) {
      return Judgement.doesNotHold(
          "The process-mode server itself went down on " + processDown + ".");
    }
    if (threadDown.isEmpty()) {
      return Judgement.doesNotHold("No fault took the thread-mode server down here.");
    }
    List<String> poisoned = names(faults, f -> f.threadSurvived() && f.threadWrongAnswers() > 0);
    List<String> contained = names(faults, f -> f.threadSurvived() && f.threadWrongAnswers() == 0);
    long collateral = faults.stream().mapToLong(Fault::processCollateral).sum();
    String tally =
        threadDown.size()
            + " of "
            + faults.size()
            + " faults took the thread server down "
            + threadDown;
    if (contained.isEmpty() && poisoned.isEmpty() && collateral == 0) {
      return Judgement.holds(tally + "; the process server survived all, losing no request.");
    }
    return Judgement.nuance(
        tally
            + (poisoned.isEmpty() ? "" : "; " + poisoned + " left it up but answering wrongly")
            + (contained.isEmpty() ? "" : "; the JVM contained " + contained + " in a thread")
            + "; the process server survived all, yet worker deaths failed "
            + collateral
            + " requests in flight.");
  }

  private static List<String> names(List<Fault> faults, Predicate<Fault> which) {
    return faults.stream().filter(which).map(Fault::fault).toList();
  }
}
