package dev.faultline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faultline.config.ConfigException;
import dev.faultline.config.ExitCodes;
import dev.faultline.config.Supervision;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SupervisionOptionsTest {
  private static SupervisionOptions parse(String... args) {
    SupervisionOptions options = new SupervisionOptions();
    new CommandLine(options).setDefaultValueProvider(new ConfigDefaults()).parseArgs(args);
    return options;
  }

  @Test
  void shouldDefaultToTheRecordsOwnDefaults() {
    assertThat(parse().toSupervision()).isEqualTo(Supervision.defaults());
  }

  @Test
  void shouldTakeEveryFlag() {
    Supervision s =
        parse(
                "--restart-intensity",
                "3",
                "--restart-period",
                "10s",
                "--spares",
                "2",
                "--threads-per-worker",
                "4",
                "--queue-bound",
                "5",
                "--max-requests",
                "100",
                "--max-requests-jitter",
                "7",
                "--max-rss-mb",
                "200",
                "--max-lifetime",
                "1h",
                "--request-deadline",
                "2s",
                "--liveness-timeout",
                "3s",
                "--exit-on-pool-exhausted")
            .toSupervision();

    assertThat(s.restart().intensity()).isEqualTo(3);
    assertThat(s.restart().period()).isEqualTo(Duration.ofSeconds(10));
    assertThat(s.restart().exitOnExhaustion()).isTrue();
    assertThat(s.spares()).isEqualTo(2);
    assertThat(s.threadsPerWorker()).isEqualTo(4);
    assertThat(s.queueBound()).isEqualTo(5);
    assertThat(s.recycling().maxRequests()).isEqualTo(100);
    assertThat(s.recycling().maxRequestsJitter()).isEqualTo(7);
    assertThat(s.recycling().maxRssMb()).isEqualTo(200);
    assertThat(s.recycling().maxLifetime()).isEqualTo(Duration.ofHours(1));
    assertThat(s.timeouts().requestDeadline()).isEqualTo(Duration.ofSeconds(2));
    assertThat(s.timeouts().liveness()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void shouldNameTheKeyAndValueOfABadSetting() {
    assertThatThrownBy(() -> parse("--restart-intensity", "-1").toSupervision())
        .isInstanceOf(ConfigException.class)
        .hasMessage("restart-intensity must be between 0 and 1000, but was -1");
  }

  @Test
  void shouldExitTwoNamingTheFlagForABadServeSetting() {
    java.io.StringWriter err = new java.io.StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setErr(new java.io.PrintWriter(err));
    cl.getSubcommands().get("serve").setErr(new java.io.PrintWriter(err));

    int status = cl.execute("serve", "--mode", "process", "--spares", "99");

    assertThat(status).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("spares must be between 0 and 16, but was 99");
  }
}
