package dev.faultline.lab.bench.verdict;

/**
 * Claim 4. Per unit: one more worker JVM's private memory against one more thread's. Whole: the
 * process-mode server (master and workers, PSS) against the thread-mode server at the same load. It
 * holds when a worker costs at least {@link SpawnRule#MUCH} times a thread and process mode as a
 * whole at least {@link #WHOLE_MORE} times thread mode; a smaller gap on either side is the nuance.
 */
public final class MemoryRule {
  /** Process mode as a whole must cost this much more to call it "more memory" without a but. */
  static final double WHOLE_MORE = 1.5;

  /**
   * @param threadKib private memory one more idle thread adds
   * @param workerPrivateKib private memory of one worker JVM after load
   * @param threadModePssKib the thread-mode server's PSS after load
   * @param processModePssKib master plus workers, PSS, after the same load
   */
  public record Input(
      double threadKib,
      double workerPrivateKib,
      double threadModePssKib,
      double processModePssKib) {}

  private MemoryRule() {}

  public static Judgement judge(Input in) {
    double unit = in.workerPrivateKib() / Math.max(in.threadKib(), 1e-9);
    double whole = in.processModePssKib() / in.threadModePssKib();
    String numbers =
        "a worker JVM holds "
            + Numbers.mib(in.workerPrivateKib())
            + " of private memory against "
            + Numbers.of(in.threadKib())
            + " KiB for a thread ("
            + Numbers.times(unit)
            + "), and process mode as a whole "
            + Numbers.times(whole)
            + " the thread-mode server's PSS";
    if (unit < 2 || whole <= 1) {
      return Judgement.doesNotHold("Measured: " + numbers + ".");
    }
    if (unit < SpawnRule.MUCH || whole < WHOLE_MORE) {
      return Judgement.nuance(
          "The gap is smaller than the lesson suggests: " + numbers + " at the same load.");
    }
    return Judgement.holds(Character.toUpperCase(numbers.charAt(0)) + numbers.substring(1) + ".");
  }
}
