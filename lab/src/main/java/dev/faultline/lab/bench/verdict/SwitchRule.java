package dev.faultline.lab.bench.verdict;

/**
 * Claim 5 has two halves. Switch: the per-switch cost of a pipe ping-pong pinned to one core,
 * process to process against thread to thread. Communication: a round trip across processes (Unix
 * domain socket, the product's own path) against a hand-off between two threads, each on its own
 * core. A half holds when the process side costs at least {@link #MORE} times the thread side; one
 * half holding is the nuance.
 */
public final class SwitchRule {
  /** Below this ratio the two costs are called "about the same" (noise is larger on a VM). */
  static final double MORE = 1.2;

  /**
   * @param threadSwitchUs thread-to-thread switch, pinned to one core
   * @param processSwitchUs process-to-process switch, pinned to one core
   * @param threadHandOffUs round trip between two threads of one JVM, a core each
   * @param processRoundTripUs round trip between two JVMs over a Unix domain socket, a core each
   */
  public record Input(
      double threadSwitchUs,
      double processSwitchUs,
      double threadHandOffUs,
      double processRoundTripUs) {}

  private SwitchRule() {}

  public static Judgement judge(Input in) {
    double sw = in.processSwitchUs() / in.threadSwitchUs();
    double talk = in.processRoundTripUs() / in.threadHandOffUs();
    String switches =
        "a switch costs "
            + Numbers.of(in.processSwitchUs())
            + " µs between processes against "
            + Numbers.of(in.threadSwitchUs())
            + " µs between threads ("
            + Numbers.times(sw)
            + ")";
    String talking =
        "a round trip "
            + Numbers.of(in.processRoundTripUs())
            + " µs across processes against "
            + Numbers.of(in.threadHandOffUs())
            + " µs between threads ("
            + Numbers.times(talk)
            + ")";
    if (sw >= MORE && talk >= MORE) {
      return Judgement.holds("Both halves: " + switches + ", and " + talking + ".");
    }
    if (talk >= MORE) {
      return Judgement.nuance(
          "Switching is about as cheap for processes ("
              + switches
              + "); what costs more is talking: "
              + talking
              + ".");
    }
    if (sw >= MORE) {
      return Judgement.nuance(
          "Switches cost more (" + switches + "), but threads talk no cheaper: " + talking + ".");
    }
    return Judgement.doesNotHold("Neither half: " + switches + ", and " + talking + ".");
  }
}
