package dev.faultline.lab.bench.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IsolationRuleTest {
  static IsolationRule.Fault fault(
      String name, boolean thread, long wrong, boolean process, long lost) {
    return new IsolationRule.Fault(name, thread, wrong, process, lost);
  }

  @Test
  void shouldHoldWhenEveryFaultKillsTheThreadServerAndNoneHurtsProcessMode() {
    Judgement j =
        IsolationRule.judge(
            List.of(fault("segfault", false, 0, true, 0), fault("exit", false, 0, true, 0)));
    assertThat(j.verdict()).isEqualTo(Verdict.HOLDS);
  }

  @Test
  void shouldHoldWithNuanceWhenTheJvmContainsSomeFaults() {
    Judgement j =
        IsolationRule.judge(
            List.of(
                fault("segfault", false, 0, true, 1),
                fault("corrupt", true, 12, true, 0),
                fault("exception", true, 0, true, 0)));
    assertThat(j.verdict()).isEqualTo(Verdict.HOLDS_WITH_NUANCE);
    assertThat(j.sentence())
        .contains("1 of 3 faults took the thread server down [segfault]")
        .contains("[corrupt] left it up but answering wrongly")
        .contains("contained [exception]")
        .contains("failed 1 requests");
  }

  @Test
  void shouldNotHoldWhenTheProcessServerWentDown() {
    Judgement j = IsolationRule.judge(List.of(fault("segfault", false, 0, false, 30)));
    assertThat(j.verdict()).isEqualTo(Verdict.DOES_NOT_HOLD);
  }

  @Test
  void shouldNotHoldWhenNoFaultTakesTheThreadServerDown() {
    Judgement j = IsolationRule.judge(List.of(fault("exception", true, 0, true, 0)));
    assertThat(j.verdict()).isEqualTo(Verdict.DOES_NOT_HOLD);
  }

  @Test
  void shouldBeNotMeasuredWithoutValidRows() {
    assertThat(IsolationRule.judge(List.of()).verdict()).isEqualTo(Verdict.NOT_MEASURED);
  }
}
