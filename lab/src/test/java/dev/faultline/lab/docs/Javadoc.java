package dev.faultline.lab.docs;

import java.util.regex.Pattern;

/**
 * A javadoc comment's text as one line of Markdown: {@code {@code x}} and {@code {@link x}} as
 * code.
 */
final class Javadoc {
  private static final Pattern CODE = Pattern.compile("\\{@(?:code|link|value) ([^{}]*)}");

  private Javadoc() {}

  /** The text between {@code /**} and {@code *}{@code /}, without its leading stars. */
  static String toMarkdown(String comment) {
    String text = comment.replaceAll("(?m)^\\s*\\*", " ").replaceAll("\\s+", " ").strip();
    return CODE.matcher(text).replaceAll(m -> "`" + m.group(1).strip() + "`").replace("|", "\\|");
  }
}
