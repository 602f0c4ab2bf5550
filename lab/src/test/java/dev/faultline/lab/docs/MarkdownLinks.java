package dev.faultline.lab.docs;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The relative links of a Markdown page and whether each resolves: to a file that exists and, with
 * an {@code #anchor}, to a heading of that file, by GitHub's slug rules (lowercase; every character
 * that is not a letter, digit, space, hyphen or underscore dropped; each space a hyphen; a repeated
 * slug gets -1, -2, ...). Code (fenced blocks and inline spans) holds no links or headings.
 */
final class MarkdownLinks {
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
  private static final Pattern INLINE_CODE =
      Pattern.compile("(`+)(?!`).*?(?<!`)\\1(?!`)", Pattern.DOTALL);
  private static final Pattern LINK =
      Pattern.compile("!?\\[([^\\]]*)\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
  private static final Pattern HEADING =
      Pattern.compile("^ {0,3}#{1,6}[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$");
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

  /** A link as written: its line (1-based) and its target. */
  record Link(int line, String target) {}

  private MarkdownLinks() {}

  /** Every link and image of the page, outside code. */
  static List<Link> links(String markdown) {
    String prose = blankInlineCode(blankFences(markdown));
    List<Link> links = new ArrayList<>();
    Matcher m = LINK.matcher(prose);
    while (m.find()) {
      links.add(new Link(lineOf(prose, m.start()), m.group(2)));
    }
    return links;
  }

  /** The anchors the page's headings make, in order. */
  static Set<String> anchors(String markdown) {
    Set<String> anchors = new LinkedHashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    for (String line : blankFences(markdown).split("\n", -1)) {
      Matcher m = HEADING.matcher(line);
      if (m.matches()) {
        String slug = slug(m.group(1));
        int n = seen.merge(slug, 1, Integer::sum) - 1;
        anchors.add(n == 0 ? slug : slug + "-" + n);
      }
    }
    return anchors;
  }

  /** GitHub's anchor of a heading's text: links shown as their text, code as its content. */
  static String slug(String heading) {
    String text = heading.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
    return text.toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{M}\\p{N}_ -]", "")
        .replace(' ', '-');
  }

  /** What is wrong with each relative link of the page, one message per broken link. */
  static List<String> problems(Path page, Path root) {
    String markdown = read(page);
    List<String> problems = new ArrayList<>();
    for (Link link : links(markdown)) {
      String problem = problem(page, root, markdown, link.target());
      if (problem != null) {
        problems.add(
            root.relativize(page) + ":" + link.line() + ": " + link.target() + ": " + problem);
      }
    }
    return problems;
  }

  private static String problem(Path page, Path root, String markdown, String target) {
    if (SCHEME.matcher(target).find()) {
      return null; // http:, https:, mailto: are not files of the repository
    }
    int hash = target.indexOf('#');
    String path = decode(hash < 0 ? target : target.substring(0, hash));
    Path file =
        path.isEmpty()
            ? page
            : (path.startsWith("/")
                ? root.resolve(path.substring(1))
                : page.getParent().resolve(path));
    if (!Files.exists(file)) {
      return "no such file " + root.relativize(file.normalize());
    }
    if (hash < 0) {
      return null;
    }
    String anchor = decode(target.substring(hash + 1));
    Set<String> anchors = anchors(file.equals(page) ? markdown : read(file));
    return anchors.contains(anchor)
        ? null
        : "no heading of "
            + root.relativize(file.normalize())
            + " makes #"
            + anchor
            + " (it has "
            + anchors
            + ")";
  }

  /** The text with every fenced code block's characters blanked, lines kept. */
  static String blankFences(String markdown) {
    StringBuilder out = new StringBuilder(markdown.length());
    boolean inFence = false;
    for (String line : markdown.split("\n", -1)) {
      boolean fence = FENCE.matcher(line).find();
      out.append(inFence || fence ? " ".repeat(line.length()) : line).append('\n');
      inFence ^= fence;
    }
    return out.substring(0, out.length() - 1);
  }

  private static String blankInlineCode(String text) {
    Matcher m = INLINE_CODE.matcher(text);
    StringBuilder out = new StringBuilder(text);
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        if (out.charAt(i) != '\n') {
          out.setCharAt(i, ' ');
        }
      }
    }
    return out.toString();
  }

  private static int lineOf(String text, int offset) {
    return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static String read(Path file) {
    return Files.isDirectory(file) ? "" : Pages.text(file);
  }
}
