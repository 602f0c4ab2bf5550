package dev.faultline.lab.bench.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpawnRuleTest {
  @Test
  void shouldHoldWithNuanceWhenForkIsDearAndTheJvmDearerStill() {
    Judgement j = SpawnRule.judge(new SpawnRule.Input(72, 1630, 390, 1590));
    assertThat(j.verdict()).isEqualTo(Verdict.HOLDS_WITH_NUANCE);
    assertThat(j.sentence()).contains("22.6x").contains("390 ms to main");
  }

  @Test
  void shouldHoldWhenForkIsDearButTheJvmAddsLittle() {
    Judgement j = SpawnRule.judge(new SpawnRule.Input(50, 1000, 5, 6));
    assertThat(j.verdict()).isEqualTo(Verdict.HOLDS);
  }

  @Test
  void shouldHoldWithNuanceWhenOnlyTheJvmIsDear() {
    Judgement j = SpawnRule.judge(new SpawnRule.Input(100, 300, 200, 400));
    assertThat(j.verdict()).isEqualTo(Verdict.HOLDS_WITH_NUANCE);
    assertThat(j.sentence()).contains("only 3.0x");
  }

  @Test
  void shouldNotHoldWhenAProcessIsAsCheapAsAThread() {
    Judgement j = SpawnRule.judge(new SpawnRule.Input(100, 200, 0.3, 0.5));
    assertThat(j.verdict()).isEqualTo(Verdict.DOES_NOT_HOLD);
  }
}
