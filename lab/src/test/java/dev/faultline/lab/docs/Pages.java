package dev.faultline.lab.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The repository's documentation pages: README.md and every docs/*.md, read from the checkout this
 * module sits in (the tests run in lab/).
 */
final class Pages {
  static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  static final Path SAMPLES = ROOT.resolve("docs/samples");

  private Pages() {}

  /** README.md first, then docs/*.md by name. */
  static List<Path> all() {
    List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pages;
  }

  static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page's path from the repository root, as a message names it. */
  static String name(Path page) {
    return ROOT.relativize(page).toString();
  }
}
