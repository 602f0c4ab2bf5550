package dev.faultline.lab.bench.verdict;

/**
 * A verdict with its one sentence, written from the numbers: the nuance, the reason it does not
 * hold, or what holds.
 */
public record Judgement(Verdict verdict, String sentence) {
  static Judgement holds(String sentence) {
    return new Judgement(Verdict.HOLDS, sentence);
  }

  static Judgement nuance(String sentence) {
    return new Judgement(Verdict.HOLDS_WITH_NUANCE, sentence);
  }

  static Judgement doesNotHold(String sentence) {
    return new Judgement(Verdict.DOES_NOT_HOLD, sentence);
  }

  public static Judgement notMeasured(String why) {
    return new Judgement(Verdict.NOT_MEASURED, why);
  }
}
