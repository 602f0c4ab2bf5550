package dev.faultline.client.page;

import java.util.List;

/**
 * One colour per target or mode on every page: thread mode warm, process mode cool, any other
 * (shared-accept, cluster, a named target) by its position among the names shown.
 */
public final class Palette {
  public static final String THREAD = "#e8590c";
  public static final String PROCESS = "#1c7ed6";
  public static final String GOOD = "#2b8a3e";
  public static final String BAD = "#c92a2a";
  public static final String NEUTRAL = "#868e96";

  private static final List<String> OTHERS =
      List.of(
          "#2b8a3e", "#7048e8", "#e67700", "#0b7285", "#c2255c", "#5c940d", "#495057", "#862e9c");

  private Palette() {}

  public static String of(String name, List<String> names) {
    if (name.equals("thread")) {
      return THREAD;
    }
    if (name.equals("process")) {
      return PROCESS;
    }
    return OTHERS.get(Math.max(0, names.indexOf(name)) % OTHERS.size());
  }
}
