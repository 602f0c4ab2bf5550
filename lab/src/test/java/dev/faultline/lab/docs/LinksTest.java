package dev.faultline.lab.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.lab.docs.MarkdownLinks.Link;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every relative link of README.md and docs/*.md resolves: to a file that exists, and with an
 * {@code #anchor} to a heading of that file. The parsing and the slug rules are pinned below, so
 * that a checker that finds nothing cannot pass for one that finds every link.
 */
class LinksTest {

  @Test
  void shouldResolveEveryRelativeLinkOfThePages() {
    List<String> problems = new ArrayList<>();
    for (Path page : Pages.all()) {
      problems.addAll(MarkdownLinks.problems(page, Pages.ROOT));
    }
    assertThat(problems).as("broken links").isEmpty();
  }

  @Test
  void shouldCheckLinksOnEveryPage() {
    int links = 0;
    for (Path page : Pages.all()) {
      links += MarkdownLinks.links(Pages.text(page)).size();
    }
    assertThat(links)
        .as("relative and absolute links in README.md and docs/*.md")
        .isGreaterThan(20);
  }

  @Test
  void shouldSlugHeadingsTheWayGitHubDoes() {
    assertThat(MarkdownLinks.slug("What process mode costs (`bench overhead`)"))
        .isEqualTo("what-process-mode-costs-bench-overhead");
    assertThat(MarkdownLinks.slug("See it live: the dashboard, /status and /metrics"))
        .isEqualTo("see-it-live-the-dashboard-status-and-metrics");
    assertThat(MarkdownLinks.slug("JMH: the codec and the dispatch path"))
        .isEqualTo("jmh-the-codec-and-the-dispatch-path");
    assertThat(MarkdownLinks.slug("Budgets -- a [rule](x.md) of max_attempts"))
        .isEqualTo("budgets----a-rule-of-max_attempts");
  }

  @Test
  void shouldNumberRepeatedHeadingsAndIgnoreThoseInCode() {
    String page = "# Top\n## A run\ntext\n## A run\n```\n## not a heading\n```\n### A run ##\n";
    assertThat(MarkdownLinks.anchors(page)).containsExactly("top", "a-run", "a-run-1", "a-run-2");
  }

  @Test
  void shouldFindLinksAndImagesButNotThoseInCode() {
    String page =
        "see [the\ndemo](docs/demo.md#what-it-does) and ![shot](docs/a.png \"title\")\n"
            + "`[not](code.md)` and\n```\n[nor](fence.md)\n```\n[web](https://example.com)\n";
    assertThat(MarkdownLinks.links(page))
        .containsExactly(
            new Link(1, "docs/demo.md#what-it-does"),
            new Link(2, "docs/a.png"),
            new Link(7, "https://example.com"));
  }

  @Test
  void shouldReportAMissingFileAndAMissingHeading(@TempDir Path root) throws IOException {
    Files.createDirectories(root.resolve("docs"));
    Files.writeString(root.resolve("docs/a.md"), "# A page\n## Its part\n");
    Path readme = root.resolve("README.md");
    Files.writeString(
        readme,
        "# Top\n[ok](docs/a.md#its-part) [ok too](#top) [web](https://x.org/y#z)\n"
            + "[gone](docs/b.md)\n[no part](docs/a.md#other-part) [no top](#bottom)\n");
    assertThat(MarkdownLinks.problems(readme, root))
        .containsExactly(
            "README.md:3: docs/b.md: no such file docs/b.md",
            "README.md:4: docs/a.md#other-part: no heading of docs/a.md makes #other-part (it has"
                + " [a-page, its-part])",
            "README.md:4: #bottom: no heading of README.md makes #bottom (it has [top])");
  }
}
