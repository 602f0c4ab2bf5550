package dev.faultline.lab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.lab.demo.ServerProcess;
import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void shouldBeTheClassThatServedChildJvmsStart() {
    assertThat(ServerProcess.FAULTLINE_MAIN).isEqualTo(Main.class.getName());
  }
}
