package dev.faultline.server;

import java.util.List;
import java.util.Map;

/**
 * Commands a harness adds to {@code faultline} beside the server's own: {@link Main} finds every
 * implementation through {@link java.util.ServiceLoader} (a {@code
 * META-INF/services/dev.faultline.server.HarnessCommands} line), so the server never names the
 * harness and runs alone when none is on the class path.
 */
public interface HarnessCommands {
  /** The command a newcomer starts with: listed first in {@code --help}, before the server's. */
  Object lead();

  /** The harness's other commands, listed after the server's own, in this order. */
  List<Object> others();

  /**
   * Defaults of the harness's flags where a command's differ from {@link ConfigDefaults}' (or only
   * it has the flag): flag by command name, each value a setting's constant.
   */
  Map<String, Map<String, Object>> defaults();
}
