package dev.faultline.lab.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The marked blocks of a page: {@code <!-- KIND:NAME -->}, the block's text, {@code <!-- /KIND:NAME
 * -->}, each marker on a line of its own. A page shows a sample ({@code sample}) or a fact
 * generated from the code ({@code facts}) between such markers, so a test can compare what the page
 * shows with its source.
 */
final class MarkedBlocks {
  /**
   * One marked block of a page: the name its markers carry and what the page shows between them.
   */
  record Block(String name, String shown) {}

  private final String kind;
  private final Pattern opening;
  private final Pattern block;

  MarkedBlocks(String kind) {
    this.kind = kind;
    this.opening = Pattern.compile("(?m)^<!-- " + kind + ":([a-z0-9-]+) -->$");
    this.block =
        Pattern.compile(
            "(?m)^<!-- " + kind + ":([a-z0-9-]+) -->\n(.*?)^<!-- /" + kind + ":\\1 -->$",
            Pattern.DOTALL);
  }

  /** Every closed block, in page order. */
  List<Block> in(String markdown) {
    List<Block> blocks = new ArrayList<>();
    Matcher m = block.matcher(markdown);
    while (m.find()) {
      blocks.add(new Block(m.group(1), m.group(2)));
    }
    return blocks;
  }

  /** How many blocks open, closed or not: more than {@link #in} finds means one is not closed. */
  int openings(String markdown) {
    return (int) opening.matcher(markdown).results().count();
  }

  /** The page with the block NAME showing {@code text} (which ends with a newline). */
  String withShown(String markdown, String name, String text) {
    String open = "<!-- " + kind + ":" + name + " -->\n";
    String close = "<!-- /" + kind + ":" + name + " -->";
    int start = markdown.indexOf(open);
    int end = markdown.indexOf(close, start);
    if (start < 0 || end < 0) {
      throw new IllegalArgumentException("no closed block " + kind + ":" + name);
    }
    return markdown.substring(0, start + open.length()) + text + markdown.substring(end);
  }
}
