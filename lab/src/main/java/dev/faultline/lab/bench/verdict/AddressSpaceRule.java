package dev.faultline.lab.bench.verdict;

/**
 * Claim 1. It holds when a write by one thread is read by another at the same address while the
 * same write in one JVM is invisible in another at the same virtual address. The nuance: the
 * address spaces are separate, yet file-backed pages (the CDS archive, libjvm) stay physically
 * shared.
 */
public final class AddressSpaceRule {
  /**
   * @param threadSawWrite the second thread read the value the first wrote
   * @param otherJvmSawWrite the second JVM read, at the same address, the value the first wrote
   * @param threads threads of the multi-threaded JVM whose stack pointer could be read
   * @param stackMappings distinct mappings of its one maps file holding those stack pointers
   * @param sharedKib KiB of the CDS archive and libjvm mappings that are shared pages
   */
  public record Input(
      boolean threadSawWrite,
      boolean otherJvmSawWrite,
      int threads,
      int stackMappings,
      double sharedKib) {}

  private AddressSpaceRule() {}

  public static Judgement judge(Input in) {
    if (!in.threadSawWrite()) {
      return Judgement.doesNotHold("a second thread did not read the value the first one wrote");
    }
    if (in.otherJvmSawWrite()) {
      return Judgement.doesNotHold("a second JVM read the value the first wrote: memory leaked");
    }
    String stacks =
        in.threads() + " threads had their stack pointers in " + in.stackMappings() + " mappings";
    if (in.sharedKib() > 0) {
      return Judgement.nuance(
          "Each JVM has its own address space ("
              + stacks
              + " of one maps file), yet "
              + Numbers.mib(in.sharedKib())
              + " of a worker's CDS archive and libjvm are physical pages it shares with other JVMs.");
    }
    return Judgement.holds("A write crossed threads but not JVMs; " + stacks + ".");
  }
}
