package dev.faultline.supervisor.pool;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcStateTest {
  @Test
  void shouldReadTheStateAfterACommandNameWithSpacesAndParentheses() {
    assertThat(ProcState.parse("4711 (java (main) x) T 1 4711 4711 0 -1")).isEqualTo('T');
    assertThat(ProcState.parse("4711 (java) S 1 4711")).isEqualTo('S');
  }

  @Test
  void shouldSeeThisRunningTestAsNotStopped() {
    assertThat(ProcState.stopped(ProcessHandle.current().pid())).isFalse();
  }
}
