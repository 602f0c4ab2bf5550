package dev.faultline.lab.bench.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SwitchRuleTest {
  @Test
  void shouldHoldWhenBothHalvesCostMoreAcrossProcesses() {
    Judgement j = SwitchRule.judge(new SwitchRule.Input(1.0, 1.5, 2.0, 12.0));
    assertThat(j.verdict()).isEqualTo(Verdict.HOLDS);
  }

  @Test
  void shouldHoldWithNuanceWhenOnlyTalkingCostsMore() {
    Judgement j = SwitchRule.judge(new SwitchRule.Input(1.4, 1.43, 2.0, 12.0));
    assertThat(j.verdict()).isEqualTo(Verdict.HOLDS_WITH_NUANCE);
    assertThat(j.sentence()).contains("about as cheap").contains("6.0x");
  }

  @Test
  void shouldHoldWithNuanceWhenOnlySwitchesCostMore() {
    Judgement j = SwitchRule.judge(new SwitchRule.Input(1.0, 2.0, 12.0, 12.0));
    assertThat(j.verdict()).isEqualTo(Verdict.HOLDS_WITH_NUANCE);
    assertThat(j.sentence()).contains("talk no cheaper");
  }

  @Test
  void shouldNotHoldWhenNeitherHalfCostsMore() {
    Judgement j = SwitchRule.judge(new SwitchRule.Input(1.0, 1.1, 12.0, 12.5));
    assertThat(j.verdict()).isEqualTo(Verdict.DOES_NOT_HOLD);
  }
}
