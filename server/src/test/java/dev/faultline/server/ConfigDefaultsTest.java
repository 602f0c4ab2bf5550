package dev.faultline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.OptionSpec;

/** The server's defaults, shown in {@code --help} as a user would type them. */
class ConfigDefaultsTest {
  @Test
  void shouldShowEachDefaultInTheHelpAsAUserWouldTypeIt() {
    String serve =
        Main.commandLine()
            .getSubcommands()
            .get("serve")
            .getUsageMessage()
            .replaceAll("\\s+", " "); // the help wraps lines

    assertThat(serve)
        .contains("(default: 60s, 1s-24h)")
        .contains("(default: 100ms, 1ms-10m)")
        .contains("(default: 0.2, 0-0.9)");
    assertThat(ConfigDefaults.text(50.0)).isEqualTo("50");
    assertThat(ConfigDefaults.text(Duration.ofMillis(500))).isEqualTo("500ms");
  }

  @Test
  void shouldNotInventADefaultForAFlagItDoesNotKnow() {
    OptionSpec unknown = OptionSpec.builder("--no-such-flag").type(String.class).build();

    assertThat(new ConfigDefaults().defaultValue(unknown)).isNull();
  }
}
