package dev.faultline.worker;

import dev.faultline.chaos.FaultCatalogue;

/**
 * What a serving unit does with one request, in either mode: inject the requested fault (if any)
 * on this very thread, then compute the workload. Thread mode calls it on a pool thread of the
 * server JVM; process mode calls it on a job thread of a worker JVM.
 */
public final class JobExecution {
  private JobExecution() {}

  /** @param fault a catalogue name, or null/empty for a plain request */
  public static long execute(long input, int cost, String fault) {
    if (fault != null && !fault.isEmpty()) {
      FaultCatalogue.byName(fault).inject();
    }
    return Workload.digest(input, cost);
  }
}
