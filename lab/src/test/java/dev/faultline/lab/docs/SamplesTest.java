package dev.faultline.lab.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.lab.docs.MarkedBlocks.Block;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository's Markdown renders as written, and its pages (README.md, docs/*.md) show the
 * samples docs/samples.sh produced, verbatim: a hand edit of a sample, a marker naming no sample,
 * or a sample no page shows fails the build. A NAME.txt sample is shown in a code fence, a NAME.md
 * one as it is.
 */
class SamplesTest {
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
  private static final MarkedBlocks SAMPLES = new MarkedBlocks("sample");

  @Test
  void shouldCloseEveryCodeFenceWhenMarkdownIsRendered() {
    for (Path page : Pages.all()) {
      List<Integer> fences = fenceLines(Pages.text(page));
      assertThat(fences.size() % 2)
          .as("%s has an odd number of code fences, at lines %s", Pages.name(page), fences)
          .isZero();
    }
  }

  @Test
  void shouldShowEverySampleVerbatimWhereAPageMarksIt() {
    for (Path page : Pages.all()) {
      String text = Pages.text(page);
      List<Block> blocks = blocks(text);
      assertThat(blocks)
          .as("%s: every <!-- sample:NAME --> needs its <!-- /sample:NAME -->", Pages.name(page))
          .hasSize(SAMPLES.openings(text));
      for (Block block : blocks) {
        assertThat(block.shown())
            .as(
                "%s's sample %s differs from docs/samples/%s: run docs/samples.sh --pages",
                Pages.name(page), block.name(), sampleFile(block.name()).getFileName())
            .isEqualTo(expected(block.name()));
      }
    }
  }

  @Test
  void shouldShowEachSampleOnSomePage() throws IOException {
    Set<String> shown = new TreeSet<>();
    for (Path page : Pages.all()) {
      blocks(Pages.text(page))
          .forEach(b -> shown.add(sampleFile(b.name()).getFileName().toString()));
    }
    assertThat(shown).as("samples the pages show").isEqualTo(sampleFiles());
  }

  @Test
  void shouldCutTheReadmeExcerptsFromTheirSamples() {
    List<String> demo = lines(Pages.SAMPLES.resolve("demo.txt"));
    List<String> summary = lines(Pages.SAMPLES.resolve("demo-summary.txt"));
    String sent =
        demo.stream().filter(l -> l.startsWith("requests sent ")).findFirst().orElseThrow();
    assertThat(summary)
        .filteredOn(line -> !line.startsWith("# ("))
        .as("demo-summary.txt lines that are not in demo.txt: run docs/samples.sh --pages")
        .isSubsetOf(demo);
    assertThat(summary).as("demo-summary.txt").contains(demo.get(0), sent);
    String bench = Pages.text(Pages.SAMPLES.resolve("bench.txt"));
    List<String> claims = lines(Pages.SAMPLES.resolve("claims.md"));
    assertThat(claims.get(0))
        .contains(lines(Pages.SAMPLES.resolve("bench.txt")).get(0).substring(2));
    List<String> rows = claims.stream().filter(l -> l.matches("\\| [1-7] \\|.*")).toList();
    assertThat(rows).as("claims.md's rows").hasSize(7);
    for (String row : rows) {
      String[] cells = row.substring(2, row.length() - 2).split(" \\| ");
      assertThat(bench)
          .as("bench.txt has claim %s's verdict: run docs/samples.sh --pages", cells[0])
          .contains(" | " + cells[1] + " | ")
          .contains(" | " + cells[cells.length - 1] + " |\n");
    }
  }

  @Test
  void shouldFindEachMarkedBlockWithTheSampleItNames() {
    String page =
        "a\n<!-- sample:one -->\n```\nx\n```\n<!-- /sample:one -->\nb\n"
            + "<!-- sample:two -->\n<!-- /sample:two -->\n<!-- sample:three -->\nnever closed\n";
    assertThat(blocks(page))
        .containsExactly(new Block("one", "```\nx\n```\n"), new Block("two", ""));
  }

  @Test
  void shouldCountFencesOnlyAtTheStartOfALine() {
    assertThat(fenceLines("a\n```\ncode ``` here\n```java\n  ```\n    ```\n"))
        .containsExactly(2, 4, 5);
  }

  static List<Block> blocks(String markdown) {
    return SAMPLES.in(markdown);
  }

  /** 1-based numbers of the lines that open or close a code fence. */
  static List<Integer> fenceLines(String markdown) {
    List<Integer> lines = new ArrayList<>();
    String[] all = markdown.split("\n", -1);
    for (int i = 0; i < all.length; i++) {
      if (FENCE.matcher(all[i]).find()) {
        lines.add(i + 1);
      }
    }
    return lines;
  }

  /** docs/samples/NAME.txt, or NAME.md when there is no .txt. */
  private static Path sampleFile(String name) {
    Path txt = Pages.SAMPLES.resolve(name + ".txt");
    return Files.exists(txt) ? txt : Pages.SAMPLES.resolve(name + ".md");
  }

  private static String expected(String name) {
    Path file = sampleFile(name);
    assertThat(file).as("the sample a page marks as %s", name).exists();
    String text = Pages.text(file);
    return file.toString().endsWith(".txt") ? "```\n" + text + "```\n" : text;
  }

  private static Set<String> sampleFiles() throws IOException {
    try (Stream<Path> files = Files.list(Pages.SAMPLES)) {
      return new TreeSet<>(files.map(p -> p.getFileName().toString()).toList());
    }
  }

  private static List<String> lines(Path file) {
    return Arrays.asList(Pages.text(file).split("\n", -1));
  }
}
