package dev.faultline.lab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.config.ExitCodes;
import dev.faultline.server.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Flags of {@code faultline load} that are refused before any load is sent: exit 2, flag and value
 * named.
 */
class LoadCommandTest {
  private final StringWriter err = new StringWriter();
  private final StringWriter out = new StringWriter();

  private int load(String... flags) {
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err, true));
    cl.setOut(new PrintWriter(out, true));
    List<String> args =
        new ArrayList<>(
            List.of("load", "--target", "thread=http://127.0.0.1:9", "--duration", "1s"));
    args.addAll(List.of(flags));
    return cl.execute(args.toArray(String[]::new));
  }

  @Test
  void shouldExit2NamingTheFlagAndValueWhenAThresholdIsMalformed() {
    assertThat(load("--threshold", "thread.latency.p99 below 50ms")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString())
        .isEqualTo(
            "faultline load: threshold must look like TARGET.METRIC<OP>VALUE, e.g. "
                + "process.latency.p99<50ms, but was 'thread.latency.p99 below 50ms'"
                + System.lineSeparator());
  }

  @Test
  void shouldExit2WhenAThresholdNamesATargetNotInTheRun() {
    assertThat(load("--threshold", "process.availability>=0.999")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString())
        .contains("threshold target must be one of thread, but was 'process.availability>=0.999'");
  }

  @Test
  void shouldExit2WhenTheRateIsNeitherANumberNorARampNorMax() {
    assertThat(load("--rate", "lots")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString())
        .contains(
            "faultline load: rate must be requests per second (200), a ramp FROM..TO "
                + "(100..2000) or max, but was 'lots'");
  }

  @Test
  void shouldExit2WhenMaxRateHasNoConnections() {
    assertThat(load("--rate", "max")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString())
        .contains("rate max needs --connections (a closed loop), but was 'max'");
  }

  @Test
  void shouldExit2WhenTheWarmupIsBelowOneSecond() {
    assertThat(load("--warmup", "500ms")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("warmup must be 0s or >= 1s, but was '500ms'");
  }

  @Test
  void shouldDocumentTheThresholdExitStatusInHelp() {
    String help = Main.commandLine().getSubcommands().get("load").getUsageMessage();
    assertThat(help).contains("Exit status:").contains("99").contains("a --threshold failed");
    assertThat(ExitCodes.THRESHOLDS_FAILED).isEqualTo(99);
  }
}
