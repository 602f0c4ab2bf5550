package dev.faultline.lab.bench.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SyncRuleTest {
  @Test
  void shouldHoldWithNuanceWhenUpdatesAreLostAndTheLockIsDear() {
    Judgement j = SyncRule.judge(new SyncRule.Input(1000, 100, 10, 50, 20, 0, 40));
    assertThat(j.verdict()).isEqualTo(Verdict.HOLDS_WITH_NUANCE);
    assertThat(j.sentence()).contains("100 of 1000").contains("10.0%").contains("5.0x");
  }

  @Test
  void shouldHoldWhenUpdatesAreLostAndTheLockIsCheap() {
    Judgement j = SyncRule.judge(new SyncRule.Input(1000, 100, 10, 15, 12, 0, 40));
    assertThat(j.verdict()).isEqualTo(Verdict.HOLDS);
  }

  @Test
  void shouldNotHoldWhenNoUpdateIsLost() {
    Judgement j = SyncRule.judge(new SyncRule.Input(1000, 0, 10, 50, 20, 0, 40));
    assertThat(j.verdict()).isEqualTo(Verdict.DOES_NOT_HOLD);
    assertThat(j.sentence()).contains("No update was lost in 1000");
  }

  @Test
  void shouldNotHoldWhenProcessesLostUpdates() {
    Judgement j = SyncRule.judge(new SyncRule.Input(1000, 100, 10, 50, 20, 3, 40));
    assertThat(j.verdict()).isEqualTo(Verdict.DOES_NOT_HOLD);
  }
}
