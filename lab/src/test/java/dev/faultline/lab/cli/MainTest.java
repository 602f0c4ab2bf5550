package dev.faultline.lab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.server.Main;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The jar's entry point lives in the server module and finds the lab's commands itself. */
class MainTest {
  /** One sentence: a capital, no sentence end inside, a full stop at the end. */
  private static final String ONE_WHOLE_SENTENCE = "[A-Z][^.!?]*[.!?]";

  @Test
  void shouldListTheLabsCommandsAroundServeInTheirOrder() {
    assertThat(Main.commandLine().getSubcommands().keySet())
        .containsExactly(
            "demo", "serve", "node", "load", "matrix", "dashboard", "bench", "soak", "help");
  }

  @Test
  void shouldSummariseEveryCommandInOneWholeSentenceInTheHelp() {
    Map<String, String> summaries = commandSummaries(Main.commandLine().getUsageMessage());

    assertThat(summaries).containsOnlyKeys(Main.commandLine().getSubcommands().keySet());
    assertThat(summaries)
        .allSatisfy((name, summary) -> assertThat(summary).as(name).matches(ONE_WHOLE_SENTENCE));
  }

  @Test
  void shouldReadEachCommandsSummaryAcrossItsWrappedLines() {
    String help =
        "Usage: x\nCommands:\n  demo   Starts a server, fires the\n           same load\n"
            + "  help   Display help.\n";

    assertThat(commandSummaries(help))
        .containsExactly(
            Map.entry("demo", "Starts a server, fires the same load"),
            Map.entry("help", "Display help."));
  }

  /** The "Commands:" list of a picocli usage message: each name and its summary, unwrapped. */
  private static Map<String, String> commandSummaries(String usage) {
    Map<String, String> summaries = new LinkedHashMap<>();
    String[] lines = usage.substring(usage.indexOf("Commands:\n") + 10).split("\n");
    String name = null;
    for (String line : lines) {
      if (line.matches(" {2}\\S.*")) {
        String[] nameAndText = line.strip().split("\\s+", 2);
        name = nameAndText[0];
        summaries.put(name, nameAndText[1]);
      } else if (name != null && line.matches(" {3,}\\S.*")) {
        summaries.merge(name, line.strip(), (a, b) -> a + " " + b);
      }
    }
    return summaries;
  }
}
