package dev.faultline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IpcTransportTest {

  @Test
  void shouldParseEveryLabelIgnoringCase() {
    assertThat(IpcTransport.parse("ipc", "uds")).isEqualTo(IpcTransport.UDS);
    assertThat(IpcTransport.parse("ipc", "PIPE")).isEqualTo(IpcTransport.PIPE);
    assertThat(IpcTransport.parse("ipc", "Tcp")).isEqualTo(IpcTransport.TCP);
  }

  @Test
  void shouldNameTheKeyAndTheChoicesWhenTheTransportIsUnknown() {
    assertThatThrownBy(() -> IpcTransport.parse("ipc", "shm"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("ipc")
        .hasMessageContaining("uds, pipe, tcp")
        .hasMessageContaining("shm");
  }
}
