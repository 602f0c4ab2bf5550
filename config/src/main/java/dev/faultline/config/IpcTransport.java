package dev.faultline.config;

import java.util.Locale;

/**
 * How a process-mode master and its workers carry their IPC frames: a Unix domain socket in the run
 * directory (the default), TCP on loopback, or the worker JVM's own stdin and stdout pipes.
 */
public enum IpcTransport {
  UDS,
  PIPE,
  TCP;

  /** A Unix domain socket: the cheapest of the three, and the kernel names the peer's pid. */
  public static final IpcTransport DEFAULT = UDS;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static IpcTransport parse(String key, String text) {
    for (IpcTransport t : values()) {
      if (t.label().equalsIgnoreCase(text)) {
        return t;
      }
    }
    throw new ConfigException(key, "must be one of uds, pipe, tcp", text);
  }
}
