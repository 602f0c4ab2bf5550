package dev.faultline.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides, at once and in one place, what becomes of the jobs a lost node had in flight, by the
 * rules of process mode's triage:
 *
 * <ul>
 *   <li>A loss nothing in flight explains (a kill from outside, a member removed) makes every job a
 *       bystander.
 *   <li>A death a request can cause (a crash, an exit, an OOM) makes the oldest {@code
 *       threadsPerNode} jobs suspects, as those were the ones running. A suspect that was the only
 *       job in flight is the culprit: failed (502), not retried. A job that is a suspect in its
 *       second death is poison: failed (422), never sent a third time.
 *   <li>Every other job is retried on another node if it is idempotent, up to {@value
 *       #MAX_ATTEMPTS} attempts in all; a job out of attempts, or not idempotent, fails (502).
 * </ul>
 *
 * Pure: it updates the jobs' counters and returns their fates, oldest first; the backend applies
 * them.
 */
final class Failover {
  /** Attempts of one job at most: the first and up to five retries, as in process mode. */
  static final int MAX_ATTEMPTS = 6;

  /** Deaths a job may be a suspect in before it is poison. */
  static final int SUSPICIONS_TO_POISON = 2;

  private Failover() {}

  /**
   * @param inFlight the lost node's jobs, oldest first
   * @param implicatesRequests the death has a cause a request can have
   */
  static List<Fate> decide(List<PendingJob> inFlight, boolean implicatesRequests, int threads) {
    List<Fate> fates = new ArrayList<>();
    for (int i = 0; i < inFlight.size(); i++) {
      PendingJob p = inFlight.get(i);
      boolean suspect = implicatesRequests && i < threads;
      if (suspect) {
        p.suspicions++;
      }
      fates.add(fate(p, suspect && inFlight.size() == 1));
    }
    return fates;
  }

  private static Fate fate(PendingJob p, boolean culprit) {
    if (culprit) {
      return new Fate(p, Fate.Kind.FAILED, 502);
    }
    if (p.suspicions >= SUSPICIONS_TO_POISON) {
      return new Fate(p, Fate.Kind.FAILED, 422);
    }
    if (!p.job.idempotent() || p.attempt >= MAX_ATTEMPTS) {
      return new Fate(p, Fate.Kind.FAILED, 502);
    }
    p.attempt++;
    return new Fate(p, Fate.Kind.RETRIED, 0);
  }
}
