package dev.faultline.config;

import java.util.Locale;

/** Where the workload runs: threads of the server's own JVM, or forked worker JVMs. */
public enum Mode {
  THREAD,
  PROCESS;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Mode parse(String key, String text) {
    for (Mode m : values()) {
      if (m.label().equalsIgnoreCase(text)) {
        return m;
      }
    }
    throw new ConfigException(key, "must be one of thread, process", text);
  }
}
