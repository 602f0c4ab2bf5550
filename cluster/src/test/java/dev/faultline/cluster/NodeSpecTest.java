package dev.faultline.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faultline.config.ConfigException;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeSpecTest {

  @Test
  void shouldRoundTripThroughTheNodeCommandLine() {
    NodeSpec spec = new NodeSpec(2, "faultline-1a2b", "127.0.0.1", List.of("127.0.0.1:5701"), 3);

    assertThat(NodeSpec.parse(spec.toArgs().toArray(String[]::new))).isEqualTo(spec);
  }

  @Test
  void shouldRejectAJoinAddressWithoutAPortNamingIt() {
    assertThatThrownBy(() -> new NodeSpec(1, "c", "127.0.0.1", List.of("10.0.0.1"), 2))
        .isInstanceOf(ConfigException.class)
        .hasMessage("join must be HOST:PORT,... (e.g. 10.0.0.1:5701), but was '10.0.0.1'");
  }

  @Test
  void shouldRejectAPortRangeNamingIt() {
    assertThatThrownBy(() -> new NodeSpec(1, "c", "127.0.0.1", List.of("10.0.0.1:5701-5703"), 2))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("join must be HOST:PORT");
  }

  @Test
  void shouldRejectNoJoinAddress() {
    assertThatThrownBy(() -> new NodeSpec(1, "c", "127.0.0.1", List.of(), 2))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("join needs at least one HOST:PORT");
  }
}
