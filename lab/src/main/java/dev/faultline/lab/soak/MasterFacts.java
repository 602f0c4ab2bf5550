package dev.faultline.lab.soak;

/**
 * The master's resources at one moment, from /proc: open file descriptors, threads, resident
 * memory. Taken after the warm-up (the baseline) and after the soak, once the pool is back at full
 * strength.
 */
record MasterFacts(long fds, long threads, long rssKib) {
  static MasterFacts of(long pid) {
    return new MasterFacts(ProcFacts.openFds(pid), ProcFacts.threads(pid), ProcFacts.rssKib(pid));
  }

  double rssGrowthPercent(MasterFacts later) {
    return 100.0 * (later.rssKib - rssKib) / rssKib;
  }
}
