package dev.faultline.lab.bench.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemoryRuleTest {
  @Test
  void shouldHoldWhenAWorkerCostsFarMoreAndTheWholeModeToo() {
    Judgement j = MemoryRule.judge(new MemoryRule.Input(50, 26_000, 120_000, 250_000));
    assertThat(j.verdict()).isEqualTo(Verdict.HOLDS);
    assertThat(j.sentence()).contains("520x").contains("2.1x");
  }

  @Test
  void shouldHoldWithNuanceWhenTheWholeModeCostsLittleMore() {
    Judgement j = MemoryRule.judge(new MemoryRule.Input(50, 26_000, 200_000, 240_000));
    assertThat(j.verdict()).isEqualTo(Verdict.HOLDS_WITH_NUANCE);
    assertThat(j.sentence()).contains("1.2x");
  }

  @Test
  void shouldNotHoldWhenProcessModeIsNoBigger() {
    Judgement j = MemoryRule.judge(new MemoryRule.Input(50, 26_000, 250_000, 240_000));
    assertThat(j.verdict()).isEqualTo(Verdict.DOES_NOT_HOLD);
  }
}
