package dev.faultline.lab.bench.verdict;

/**
 * Claim 7. It holds when threads incrementing one counter without synchronization lose updates. The
 * nuance, when a lock makes an increment at least twice as slow: correctness has a price, and
 * processes that share nothing lose nothing but pay an IPC message to combine.
 */
public final class SyncRule {
  /**
   * @param increments increments the threads made in all
   * @param lost increments missing from the unsynchronized counter
   * @param plainNs unsynchronized, per increment
   * @param lockNs with a lock, per increment
   * @param atomicNs with an atomic, per increment
   * @param processLost increments missing from the processes' combined count
   * @param combineUs time for a process's count to reach the parent over a pipe
   */
  public record Input(
      long increments,
      long lost,
      double plainNs,
      double lockNs,
      double atomicNs,
      long processLost,
      double combineUs) {}

  private SyncRule() {}

  public static Judgement judge(Input in) {
    if (in.processLost() != 0) {
      return Judgement.doesNotHold(
          "Processes sharing nothing lost " + in.processLost() + " increments: a broken count.");
    }
    if (in.lost() == 0) {
      return Judgement.doesNotHold(
          "No update was lost in " + in.increments() + " unsynchronized increments here.");
    }
    String lost =
        in.lost()
            + " of "
            + in.increments()
            + " unsynchronized increments ("
            + Numbers.of(100.0 * in.lost() / in.increments())
            + "%) were lost";
    double lockCost = in.lockNs() / in.plainNs();
    if (lockCost < 2) {
      return Judgement.holds(lost + ", and a lock fixed it for " + Numbers.times(lockCost) + ".");
    }
    return Judgement.nuance(
        lost
            + "; the fix has a price: a lock makes an increment "
            + Numbers.times(lockCost)
            + " as slow, an atomic "
            + Numbers.times(in.atomicNs() / in.plainNs())
            + ", while processes sharing nothing lost none and combined their counts in "
            + Numbers.of(in.combineUs())
            + " µs over a pipe.");
  }
}
