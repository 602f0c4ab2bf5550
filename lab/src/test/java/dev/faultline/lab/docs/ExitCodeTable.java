package dev.faultline.lab.docs;

import dev.faultline.config.ExitCodes;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exit-status table, from {@link ExitCodes}: each constant's value (read from the class) and
 * its javadoc (read from its source), so a status added, renumbered or redefined there shows here.
 */
final class ExitCodeTable {
  static final String SOURCE = "config/src/main/java/dev/faultline/config/ExitCodes.java";
  private static final Pattern DOCUMENTED =
      Pattern.compile(
          "/\\*\\*((?:(?!\\*/).)*)\\*/\\s*public static final int (\\w+) = ", Pattern.DOTALL);

  private ExitCodeTable() {}

  static String render() {
    Map<String, String> docs = javadocs(Pages.text(Pages.ROOT.resolve(SOURCE)));
    Map<Integer, String> rows = new TreeMap<>();
    for (Field f : constants()) {
      String doc = docs.get(f.getName());
      if (doc == null) {
        throw new IllegalStateException(SOURCE + ": " + f.getName() + " has no javadoc to show");
      }
      rows.put(value(f), "| " + value(f) + " | `" + f.getName() + "` | " + doc + " |\n");
    }
    return "| status | constant | who exits with it, and why |\n|---|---|---|\n"
        + String.join("", rows.values());
  }

  /** Each documented constant's javadoc as one Markdown line. */
  static Map<String, String> javadocs(String source) {
    Map<String, String> docs = new TreeMap<>();
    Matcher m = DOCUMENTED.matcher(source);
    while (m.find()) {
      docs.put(m.group(2), Javadoc.toMarkdown(m.group(1)));
    }
    return docs;
  }

  private static Field[] constants() {
    return Arrays.stream(ExitCodes.class.getDeclaredFields())
        .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == int.class)
        .toArray(Field[]::new);
  }

  private static int value(Field f) {
    try {
      return f.getInt(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
