package dev.faultline.config;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * One server the load client drives, written {@code NAME=URL} on the command line. Only loopback
 * addresses are accepted: faultline never sends load or faults to another machine.
 */
public record Target(String name, String host, int port) {

  public Target {
    if (name == null || !name.matches("[A-Za-z0-9_-]{1,32}")) {
      throw new ConfigException("target", "name must be 1-32 letters, digits, '-' or '_'", name);
    }
    if (!Loopback.isLoopback(host)) {
      throw new ConfigException(
          "target", "host must be a loopback address (127.0.0.1, localhost, [::1])", host);
    }
    Check.range("target port", port, 1, 65_535);
  }

  public static Target parse(String text) {
    int eq = text == null ? -1 : text.indexOf('=');
    if (eq <= 0) {
      throw new ConfigException("target", "must look like NAME=http://127.0.0.1:PORT", text);
    }
    URI uri;
    try {
      uri = new URI(text.substring(eq + 1).trim());
    } catch (URISyntaxException e) {
      throw new ConfigException("target", "URL is not valid (" + e.getReason() + ")", text);
    }
    if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
      throw new ConfigException("target", "URL must be http://HOST:PORT", text);
    }
    int port = uri.getPort() == -1 ? 80 : uri.getPort();
    return new Target(text.substring(0, eq).trim(), uri.getHost(), port);
  }

  public String url() {
    return "http://"
        + (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host)
        + ":"
        + port;
  }
}
