package dev.faultline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClusterSettingsTest {

  @Test
  void shouldAcceptTheDefaults() {
    ClusterSettings d = ClusterSettings.defaults();
    assertThat(d.threadsPerNode()).isEqualTo(ClusterSettings.DEFAULT_THREADS_PER_NODE);
    assertThat(d.nodeTimeoutMs()).isEqualTo(ClusterSettings.DEFAULT_NODE_TIMEOUT_MS);
  }

  @Test
  void shouldRejectZeroThreadsPerNodeNamingTheFlag() {
    assertThatThrownBy(() -> new ClusterSettings(0, 1000, false))
        .isInstanceOf(ConfigException.class)
        .hasMessage("threads-per-node must be between 1 and 64, but was 0");
  }

  @Test
  void shouldRejectATooShortNodeTimeoutNamingTheFlag() {
    assertThatThrownBy(() -> new ClusterSettings(2, 5, false))
        .isInstanceOf(ConfigException.class)
        .hasMessage("node-timeout-ms must be between 100 and 600000, but was 5");
  }
}
