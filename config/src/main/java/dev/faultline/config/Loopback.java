package dev.faultline.config;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Load and chaos only ever go to this machine: a host must resolve to a loopback address. */
public final class Loopback {
  private Loopback() {}

  public static boolean isLoopback(String host) {
    if (host == null || host.isBlank()) {
      return false;
    }
    String bare =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (bare.equalsIgnoreCase("localhost")) {
      return true;
    }
    if (!bare.matches("[0-9.]+") && !bare.contains(":")) {
      return false; // never resolve names through DNS: only literals and localhost count
    }
    try {
      return InetAddress.getByName(bare).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
