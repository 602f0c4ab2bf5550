package dev.faultline.lab.bench.verdict;

/**
 * Claim 3. It holds when a bare fork/exec costs at least {@link #MUCH} times a thread's create and
 * join. When the JVM's own start is again {@link #MUCH} times a fork/exec, the nuance says where a
 * Java process's cost really lies; when only the JVM start is that dear, the claim holds for JVMs
 * but not for processes as such.
 */
public final class SpawnRule {
  /** "Much less": an order of magnitude. */
  static final double MUCH = 10;

  /**
   * @param threadUs median create and join of a thread
   * @param forkExecUs median fork/exec and wait of {@code /bin/true}
   * @param jvmMainMs median start of a JVM until its {@code main} runs
   * @param workerReadyMs median start of a faultline worker until its hello arrives
   */
  public record Input(double threadUs, double forkExecUs, double jvmMainMs, double workerReadyMs) {}

  private SpawnRule() {}

  public static Judgement judge(Input in) {
    double bare = in.forkExecUs() / in.threadUs();
    double jvm = in.jvmMainMs() * 1000 / in.forkExecUs();
    double worker = in.workerReadyMs() * 1000 / in.threadUs();
    String costs =
        Numbers.of(in.jvmMainMs())
            + " ms to main, "
            + Numbers.of(in.workerReadyMs())
            + " ms to a ready worker";
    if (bare >= MUCH && jvm >= MUCH) {
      return Judgement.nuance(
          "A bare fork/exec already costs "
              + Numbers.times(bare)
              + " a thread, and a JVM process much more again ("
              + costs
              + ", "
              + Numbers.times(worker)
              + " a thread).");
    }
    if (bare >= MUCH) {
      return Judgement.holds("A bare fork/exec costs " + Numbers.times(bare) + " a thread.");
    }
    if (worker >= MUCH) {
      return Judgement.nuance(
          "A bare fork/exec costs only "
              + Numbers.times(bare)
              + " a thread here; the expense is the JVM's start ("
              + costs
              + ").");
    }
    return Judgement.doesNotHold(
        "Even a ready worker costs only " + Numbers.times(worker) + " a thread here.");
  }
}
