package dev.faultline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ModeTest {

  @Test
  void shouldLabelModesInLowerCase() {
    assertThat(Mode.THREAD.label()).isEqualTo("thread");
    assertThat(Mode.PROCESS.label()).isEqualTo("process");
  }

  @Test
  void shouldParseLabels() {
    assertThat(Mode.parse("mode", "thread")).isEqualTo(Mode.THREAD);
    assertThat(Mode.parse("mode", "process")).isEqualTo(Mode.PROCESS);
  }

  @Test
  void shouldParseIgnoringCase() {
    assertThat(Mode.parse("mode", "THREAD")).isEqualTo(Mode.THREAD);
    assertThat(Mode.parse("mode", "Process")).isEqualTo(Mode.PROCESS);
  }

  @Test
  void shouldRejectUnknownModeNamingTheKey() {
    assertThatThrownBy(() -> Mode.parse("mode", "fork"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("mode must be one of thread, process, but was 'fork'")
        .extracting(e -> ((ConfigException) e).key())
        .isEqualTo("mode");
  }

  @Test
  void shouldRejectMissingMode() {
    assertThatThrownBy(() -> Mode.parse("mode", null))
        .isInstanceOf(ConfigException.class)
        .hasMessage("mode must be one of thread, process, but was null");
  }
}
