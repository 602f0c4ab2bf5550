package dev.faultline.lab.bench.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressSpaceRuleTest {
  @Test
  void shouldHoldWithNuanceWhenThreadsShareAndJvmsDoNotButPagesAreShared() {
    Judgement j = AddressSpaceRule.judge(new AddressSpaceRule.Input(true, false, 24, 24, 15_800));
    assertThat(j.verdict()).isEqualTo(Verdict.HOLDS_WITH_NUANCE);
    assertThat(j.sentence()).contains("15.4 MiB").contains("24 threads");
  }

  @Test
  void shouldHoldWhenNoPageIsShared() {
    Judgement j = AddressSpaceRule.judge(new AddressSpaceRule.Input(true, false, 3, 3, 0));
    assertThat(j.verdict()).isEqualTo(Verdict.HOLDS);
  }

  @Test
  void shouldNotHoldWhenTheOtherJvmSawTheWrite() {
    Judgement j = AddressSpaceRule.judge(new AddressSpaceRule.Input(true, true, 3, 3, 0));
    assertThat(j.verdict()).isEqualTo(Verdict.DOES_NOT_HOLD);
  }

  @Test
  void shouldNotHoldWhenTheSecondThreadMissedTheWrite() {
    Judgement j = AddressSpaceRule.judge(new AddressSpaceRule.Input(false, false, 3, 3, 0));
    assertThat(j.verdict()).isEqualTo(Verdict.DOES_NOT_HOLD);
  }
}
