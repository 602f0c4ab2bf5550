package dev.faultline.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faultline.config.ConfigException;
import org.junit.jupiter.api.Test;

class WorkloadTest {

  @Test
  void shouldGiveTheSameDigestForTheSameInputAndCost() {
    assertThat(Workload.digest(42, 3)).isEqualTo(Workload.digest(42, 3));
    assertThat(Workload.digest(Long.MIN_VALUE, 1)).isEqualTo(Workload.digest(Long.MIN_VALUE, 1));
  }

  @Test
  void shouldGiveDifferentDigestsForDifferentInputs() {
    assertThat(Workload.digest(42, 1)).isNotEqualTo(Workload.digest(43, 1));
    assertThat(Workload.digest(0, 0)).isNotEqualTo(Workload.digest(1, 0));
  }

  @Test
  void shouldGiveDifferentDigestsForDifferentCosts() {
    assertThat(Workload.digest(42, 0)).isNotEqualTo(Workload.digest(42, 1));
  }

  @Test
  void shouldComputeAtCostZeroWithOneRound() {
    // cost 0 still runs one SplitMix64 round, so the answer is not the input itself
    assertThat(Workload.digest(42, 0)).isNotEqualTo(42L);
  }

  @Test
  void shouldMatchPublishedSplitMix64FirstOutputsAtCostZero() {
    // SplitMix64's first output for seeds 0 and 42, as in the reference implementation
    assertThat(Workload.digest(0, 0)).isEqualTo(0xe220a8397b1dcdafL);
    assertThat(Workload.digest(42, 0)).isEqualTo(0xbdd732262feb6e95L);
  }

  @Test
  void shouldKeepPinnedDigestsSoAlgorithmChangesAreCaught() {
    // pinned once from the current algorithm; servers and clients of different builds must agree
    assertThat(Long.toHexString(Workload.digest(42, 1))).isEqualTo("de5230d239278ab2");
    assertThat(Long.toHexString(Workload.digest(-1, 10))).isEqualTo("ac5c02e06ce88b2b");
  }

  @Test
  void shouldAcceptTheHighestCost() {
    assertThat(Long.toHexString(Workload.digest(7, 10_000))).isEqualTo("8f6ac46415de2ad9");
  }

  @Test
  void shouldRejectNegativeCostNamingCost() {
    assertThatThrownBy(() -> Workload.digest(42, -1))
        .isInstanceOf(ConfigException.class)
        .hasMessage("cost must be between 0 and 10000, but was -1")
        .extracting(e -> ((ConfigException) e).key())
        .isEqualTo("cost");
  }

  @Test
  void shouldRejectCostAboveMaximumNamingCost() {
    assertThatThrownBy(() -> Workload.digest(42, 10_001))
        .isInstanceOf(ConfigException.class)
        .hasMessage("cost must be between 0 and 10000, but was 10001");
  }
}
