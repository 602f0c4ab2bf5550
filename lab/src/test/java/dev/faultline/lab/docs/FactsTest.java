package dev.faultline.lab.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.lab.docs.MarkedBlocks.Block;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The facts the docs state as tables are the code's: the exit statuses, the fault catalogue, each
 * command's flags and defaults, the fixed retry and budget rules. A page shows one between {@code
 * <!-- facts:NAME -->} and {@code <!-- /facts:NAME -->}; this test renders NAME from the code and
 * fails with a diff naming the page and the block when they differ. Each fact is shown on exactly
 * one page (others link to it). {@code mvn -pl lab -am test -Dtest=FactsTest -Dfacts.write=true
 * -Dsurefire.failIfNoSpecifiedTests=false} rewrites the blocks from the code.
 */
class FactsTest {
  private static final MarkedBlocks FACTS = new MarkedBlocks("facts");
  private static final String REWRITE =
      "mvn -pl lab -am test -Dtest=FactsTest -Dsurefire.failIfNoSpecifiedTests=false"
          + " -Dfacts.write=true";

  /** Every fact, by the name its markers carry. */
  static Map<String, Supplier<String>> facts() {
    Map<String, Supplier<String>> facts = new LinkedHashMap<>();
    facts.put("exit-codes", ExitCodeTable::render);
    facts.put("faults", FaultTable::render);
    facts.put("rules", RuleTable::render);
    for (String command : FlagTable.commands()) {
      facts.put("flags-" + command, () -> FlagTable.render(command));
    }
    return facts;
  }

  @Test
  void shouldShowEveryFactAsTheCodeHasItWhereAPageMarksIt() throws IOException {
    Map<String, Supplier<String>> facts = facts();
    List<String> drifted = new ArrayList<>();
    for (Path page : Pages.all()) {
      String text = Pages.text(page);
      assertThat(FACTS.in(text))
          .as("%s: every <!-- facts:NAME --> needs its <!-- /facts:NAME -->", Pages.name(page))
          .hasSize(FACTS.openings(text));
      String rewritten = text;
      for (Block block : FACTS.in(text)) {
        assertThat(facts)
            .as("facts a page can show (%s)", Pages.name(page))
            .containsKey(block.name());
        String due = facts.get(block.name()).get();
        if (!block.shown().equals(due)) {
          drifted.add(drift(page, block, due));
          rewritten = FACTS.withShown(rewritten, block.name(), due);
        }
      }
      if (Boolean.getBoolean("facts.write") && !rewritten.equals(text)) {
        Files.writeString(page, rewritten);
      }
    }
    assertThat(drifted)
        .as("blocks that differ from the code (rewrite them with: %s)", REWRITE)
        .isEmpty();
  }

  @Test
  void shouldShowEachFactOnExactlyOnePage() {
    Map<String, List<String>> shownOn = new TreeMap<>();
    facts().keySet().forEach(name -> shownOn.put(name, new ArrayList<>()));
    for (Path page : Pages.all()) {
      for (Block block : FACTS.in(Pages.text(page))) {
        shownOn.computeIfAbsent(block.name(), n -> new ArrayList<>()).add(Pages.name(page));
      }
    }
    assertThat(shownOn)
        .as("the pages that show each fact")
        .allSatisfy((name, pages) -> assertThat(pages).as(name).hasSize(1));
  }

  @Test
  void shouldNameThePageTheBlockAndTheDifferingLinesWhenAFactDrifted() {
    String page = "# x\n<!-- facts:rules -->\n| a | 1 |\n| b | 2 |\n<!-- /facts:rules -->\n";
    Block block = FACTS.in(page).get(0);

    String drift = drift(Pages.ROOT.resolve("docs/safety.md"), block, "| a | 1 |\n| b | 3 |\n");

    assertThat(drift)
        .startsWith("docs/safety.md, block facts:rules:")
        .contains("- | b | 2 |\n+ | b | 3 |")
        .doesNotContain("| a | 1 |");
    assertThat(FACTS.withShown(page, "rules", "| c |\n"))
        .isEqualTo("# x\n<!-- facts:rules -->\n| c |\n<!-- /facts:rules -->\n");
  }

  @Test
  void shouldRenderTheFactsFromTheCode() {
    assertThat(ExitCodeTable.render()).contains("| 99 | `THRESHOLDS_FAILED` | `load`: ");
    assertThat(FaultTable.render()).contains("| `leak:mb=N` | ").contains("mb=1..4096 MiB");
    assertThat(RuleTable.render()).contains("| `Triage#MAX_ATTEMPTS` |");
    assertThat(FlagTable.render("serve")).contains("| `--restart-intensity` | `10` | ");
    assertThat(
            ExitCodeTable.javadocs(
                "/** Done: {@code x}, a | b. */\n public static final int OK = 0;"))
        .containsExactly(Map.entry("OK", "Done: `x`, a \\| b."));
  }

  private static String drift(Path page, Block block, String due) {
    return Pages.name(page)
        + ", block facts:"
        + block.name()
        + ": the page (-) differs from the code (+):\n"
        + LineDiff.of(block.shown(), due);
  }
}
