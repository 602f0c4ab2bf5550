package dev.faultline.config;

/**
 * A server listens on loopback unless told otherwise twice over, as Chaos Monkey is leashed by
 * default: a non-loopback address needs {@code --allow-non-loopback}, and chaos on one (a token
 * that lets any client on the network crash the server) needs {@code --allow-remote-chaos} too.
 */
public final class BindConsent {
  private BindConsent() {}

  public static void check(String host, boolean nonLoopback, boolean chaos, boolean remoteChaos) {
    if (Loopback.isLoopback(host)) {
      return;
    }
    if (!nonLoopback) {
      throw new ConfigException(
          "host", "is not a loopback address; add --allow-non-loopback to bind it anyway", host);
    }
    if (chaos && !remoteChaos) {
      throw new ConfigException(
          "host",
          "is not a loopback address and chaos is on (a chaos token is set); add"
              + " --allow-remote-chaos to let clients on the network inject faults",
          host);
    }
  }
}
