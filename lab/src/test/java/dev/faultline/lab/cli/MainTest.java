package dev.faultline.lab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.server.Main;
import org.junit.jupiter.api.Test;

/** The jar's entry point lives in the server module and finds the lab's commands itself. */
class MainTest {
  @Test
  void shouldListTheLabsCommandsAroundServeInTheirOrder() {
    assertThat(Main.commandLine().getSubcommands().keySet())
        .containsExactly("demo", "serve", "load", "matrix", "dashboard", "bench", "soak", "help");
  }
}
