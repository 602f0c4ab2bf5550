package dev.faultline.lab.bench.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IpcRuleTest {
  static final Map<String, Double> TWO = Map.of("pipe", 16.0, "uds", 12.0, "shm", 0.6, "mmap", 0.7);

  @Test
  void shouldHoldWhenSharedMemoryIsFastestOnOneCoreAndTwo() {
    Judgement j =
        IpcRule.judge(new IpcRule.Input(TWO, Map.of("pipe", 5.0, "shm", 3.0, "mmap", 4.0)));
    assertThat(j.verdict()).isEqualTo(Verdict.HOLDS);
    assertThat(j.sentence()).contains("shm 0.600 µs");
  }

  @Test
  void shouldHoldWithNuanceWhenSharedMemoryLosesOnOneCore() {
    Judgement j =
        IpcRule.judge(new IpcRule.Input(TWO, Map.of("fifo", 2.8, "shm", 132.0, "mmap", 127.0)));
    assertThat(j.verdict()).isEqualTo(Verdict.HOLDS_WITH_NUANCE);
    assertThat(j.sentence()).contains("mmap 127 µs").contains("fifo 2.8 µs");
  }

  @Test
  void shouldNotHoldWhenAnotherKindIsFastestOnTwoCores() {
    Judgement j =
        IpcRule.judge(new IpcRule.Input(Map.of("uds", 5.0, "shm", 9.0), Map.of("uds", 5.0)));
    assertThat(j.verdict()).isEqualTo(Verdict.DOES_NOT_HOLD);
    assertThat(j.sentence()).contains("uds 5.0 µs").contains("shm 9.0 µs");
  }

  @Test
  void shouldBeNotMeasuredWhenSharedMemoryCouldNotRun() {
    Judgement j = IpcRule.judge(new IpcRule.Input(Map.of("uds", 5.0), Map.of()));
    assertThat(j.verdict()).isEqualTo(Verdict.NOT_MEASURED);
  }
}
