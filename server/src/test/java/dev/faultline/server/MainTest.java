package dev.faultline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The entry point alone runs {@code serve}; a harness's commands join it through the seam. */
class MainTest {
  @Command(name = "first")
  static final class First implements Runnable {
    @Option(names = "--workers")
    int workers;

    @Override
    public void run() {}
  }

  @Command(name = "second")
  static final class Second implements Runnable {
    @Override
    public void run() {}
  }

  /** A harness of two commands; {@code first} defaults {@code --workers} to 7. */
  static final class TwoCommands implements HarnessCommands {
    @Override
    public Object lead() {
      return new First();
    }

    @Override
    public List<Object> others() {
      return List.of(new Second());
    }

    @Override
    public Map<String, Map<String, Object>> defaults() {
      return Map.of("first", Map.of("--workers", 7));
    }
  }

  @Test
  void shouldRunServeAndNodeAloneWhenNoHarnessIsOnTheClassPath() {
    assertThat(Main.commandLine().getSubcommands().keySet())
        .containsExactly("serve", "node", "help");
  }

  @Test
  void shouldListTheHarnessLeadThenServeAndNodeThenTheOthers() {
    CommandLine cl = Main.commandLine(List.of(new TwoCommands()));

    assertThat(cl.getSubcommands().keySet())
        .containsExactly("first", "serve", "node", "second", "help");
  }

  @Test
  void shouldGiveAHarnessCommandTheDefaultItAskedFor() {
    CommandLine cl = Main.commandLine(List.of(new TwoCommands()));

    cl.parseArgs("first");

    First first = cl.getSubcommands().get("first").getCommand();
    assertThat(first.workers).isEqualTo(7);
  }
}
