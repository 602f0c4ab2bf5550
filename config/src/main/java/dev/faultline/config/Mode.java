package dev.faultline.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the workload runs: threads of the server's own JVM, forked worker JVMs, or node JVMs that
 * are members of a Vert.x cluster (the front reaches them over the clustered event bus).
 */
public enum Mode {
  THREAD,
  PROCESS,
  CLUSTER;

  /** What one unit of this mode is called in flags and messages: threads, workers, nodes. */
  public String units() {
    return switch (this) {
      case THREAD -> "threads";
      case PROCESS -> "workers";
      case CLUSTER -> "nodes";
    };
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Mode parse(String key, String text) {
    for (Mode m : values()) {
      if (m.label().equalsIgnoreCase(text)) {
        return m;
      }
    }
    throw new ConfigException(key, "must be one of thread, process, cluster", text);
  }

  /** {@code thread,process,cluster}: at least one mode, each at most once, in the order given. */
  public static List<Mode> parseList(String key, String text) {
    List<Mode> modes = new ArrayList<>();
    for (String part : (text == null ? "" : text).split(",", -1)) {
      Mode m = parse(key, part.trim());
      if (modes.contains(m)) {
        throw new ConfigException(key, "names each mode at most once", text);
      }
      modes.add(m);
    }
    return List.copyOf(modes);
  }
}
