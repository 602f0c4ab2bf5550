package dev.faultline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ModeTest {

  @Test
  void shouldLabelModesInLowerCase() {
    assertThat(Mode.THREAD.label()).isEqualTo("thread");
    assertThat(Mode.PROCESS.label()).isEqualTo("process");
    assertThat(Mode.CLUSTER.label()).isEqualTo("cluster");
  }

  @Test
  void shouldNameEachModesUnitsAsItsFlagDoes() {
    assertThat(Mode.THREAD.units()).isEqualTo("threads");
    assertThat(Mode.PROCESS.units()).isEqualTo("workers");
    assertThat(Mode.CLUSTER.units()).isEqualTo("nodes");
  }

  @Test
  void shouldParseLabels() {
    assertThat(Mode.parse("mode", "thread")).isEqualTo(Mode.THREAD);
    assertThat(Mode.parse("mode", "process")).isEqualTo(Mode.PROCESS);
    assertThat(Mode.parse("mode", "cluster")).isEqualTo(Mode.CLUSTER);
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
        .hasMessage("mode must be one of thread, process, cluster, but was 'fork'")
        .extracting(e -> ((ConfigException) e).key())
        .isEqualTo("mode");
  }

  @Test
  void shouldRejectMissingMode() {
    assertThatThrownBy(() -> Mode.parse("mode", null))
        .isInstanceOf(ConfigException.class)
        .hasMessage("mode must be one of thread, process, cluster, but was null");
  }

  @Test
  void shouldParseAListInTheOrderGiven() {
    assertThat(Mode.parseList("modes", "thread, process,CLUSTER"))
        .containsExactly(Mode.THREAD, Mode.PROCESS, Mode.CLUSTER);
    assertThat(Mode.parseList("modes", "cluster")).containsExactly(Mode.CLUSTER);
  }

  @Test
  void shouldRejectAListNamingAModeTwiceOrNone() {
    assertThatThrownBy(() -> Mode.parseList("modes", "process,thread,process"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("modes names each mode at most once, but was 'process,thread,process'");
    assertThatThrownBy(() -> Mode.parseList("modes", "thread,,process"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("modes must be one of thread, process, cluster, but was ''");
    assertThatThrownBy(() -> Mode.parseList("modes", ""))
        .isInstanceOf(ConfigException.class)
        .extracting(e -> ((ConfigException) e).key())
        .isEqualTo("modes");
  }
}
