package dev.faultline.supervisor.serve;

import java.util.function.Consumer;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Turns SIGTERM and SIGINT into a request to stop, instead of the JVM's default (run the shutdown
 * hooks, then exit 143 or 130). The server then drains and exits 0 by itself, as a service manager
 * expects of a clean stop.
 */
final class StopSignals {
  private StopSignals() {}

  static void onTermOrInt(Consumer<String> stop) {
    for (String name : new String[] {"TERM", "INT"}) {
      try {
        Signal.handle(new Signal(name), s -> stop.accept("SIG" + s.getName()));
      } catch (IllegalArgumentException e) {
        // taken by the JVM (-Xrs) or the OS: that signal keeps its default, the shutdown hook
        LoggerFactory.getLogger("server")
            .warn(
                "cannot handle SIG{}: {}; it stops the server without draining",
                name,
                e.getMessage());
      }
    }
  }
}
