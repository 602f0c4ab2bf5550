package dev.faultline.lab.bench.verdict;

/** What the measured numbers say about one claim of the lesson, as the report prints it. */
public enum Verdict {
  HOLDS("holds"),
  HOLDS_WITH_NUANCE("holds with a nuance"),
  DOES_NOT_HOLD("does not hold here"),
  NOT_MEASURED("not measured");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
