package dev.faultline.lab.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository's Markdown renders as written, and README.md shows the samples docs/samples.sh
 * produced, verbatim: a hand edit of a sample, or a sample file the README no longer shows, fails
 * the build. Reads the files of the checkout this module sits in (the tests run in lab/).
 */
class ReadmeTest {
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final Path SAMPLES = ROOT.resolve("docs/samples");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
  private static final Pattern SAMPLE =
      Pattern.compile(
          "(?m)^<!-- sample:([a-z-]+) -->\n(.*?)^<!-- /sample:\\1 -->$", Pattern.DOTALL);

  @Test
  void shouldCloseEveryCodeFenceWhenMarkdownIsRendered() throws IOException {
    for (Path markdown : markdownFiles()) {
      List<Integer> fences = fenceLines(text(markdown));
      assertThat(fences.size() % 2)
          .as("%s has an odd number of code fences, at lines %s", markdown, fences)
          .isZero();
    }
  }

  @Test
  void shouldShowEverySampleVerbatimWhenTheReadmeMarksIt() throws IOException {
    Matcher blocks = SAMPLE.matcher(text(ROOT.resolve("README.md")));
    List<String> shown = new ArrayList<>();
    while (blocks.find()) {
      String name = blocks.group(1);
      shown.add(name + ".txt");
      assertThat(blocks.group(2))
          .as(
              "README.md's sample %s differs from docs/samples/%s.txt: run docs/samples.sh",
              name, name)
          .isEqualTo("```\n" + text(SAMPLES.resolve(name + ".txt")) + "```\n");
    }
    assertThat(shown)
        .as("samples README.md shows")
        .containsExactlyInAnyOrderElementsOf(sampleFiles());
  }

  @Test
  void shouldCountFencesOnlyAtTheStartOfALine() {
    assertThat(fenceLines("a\n```\ncode ``` here\n```java\n  ```\n    ```\n"))
        .containsExactly(2, 4, 5);
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

  private static List<Path> markdownFiles() throws IOException {
    List<Path> files = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    return files;
  }

  private static List<String> sampleFiles() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).toList();
    }
  }

  private static String text(Path file) throws IOException {
    return Files.readString(file);
  }
}
