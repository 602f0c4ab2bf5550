package dev.faultline.supervisor.death;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignalsTest {

  @Test
  void shouldTreatOnly129To192AsSignalStatuses() {
    assertThat(Signals.isSignalStatus(128)).isFalse();
    assertThat(Signals.isSignalStatus(129)).isTrue();
    assertThat(Signals.isSignalStatus(192)).isTrue();
    assertThat(Signals.isSignalStatus(193)).isFalse();
    assertThat(Signals.isSignalStatus(1)).isFalse();
    assertThat(Signals.isSignalStatus(-1)).isFalse();
  }

  @Test
  void shouldNameCommonSignals() {
    assertThat(Signals.name(6)).isEqualTo("SIGABRT");
    assertThat(Signals.name(9)).isEqualTo("SIGKILL");
    assertThat(Signals.name(11)).isEqualTo("SIGSEGV");
    assertThat(Signals.name(15)).isEqualTo("SIGTERM");
  }

  @Test
  void shouldNameUnknownSignalsByNumber() {
    assertThat(Signals.name(64)).isEqualTo("signal 64");
  }
}
