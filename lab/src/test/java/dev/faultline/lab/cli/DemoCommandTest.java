package dev.faultline.lab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.config.ExitCodes;
import dev.faultline.server.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code faultline demo --modes} refused before any server starts: exit 2, flag and value named.
 */
class DemoCommandTest {
  private final StringWriter err = new StringWriter();

  private int demo(String... flags) {
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err, true));
    cl.setOut(new PrintWriter(new StringWriter(), true));
    String[] args = new String[flags.length + 1];
    args[0] = "demo";
    System.arraycopy(flags, 0, args, 1, flags.length);
    return cl.execute(args);
  }

  @Test
  void shouldExit2NamingModesWhenAModeIsUnknown() {
    assertThat(demo("--modes", "thread,fork")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString())
        .isEqualTo(
            "faultline demo: modes must be one of thread, process, cluster, but was 'fork'"
                + System.lineSeparator());
  }

  @Test
  void shouldExit2NamingModesWhenAModeComesTwice() {
    assertThat(demo("--modes", "process,process")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString())
        .isEqualTo(
            "faultline demo: modes names each mode at most once, but was 'process,process'"
                + System.lineSeparator());
  }
}
