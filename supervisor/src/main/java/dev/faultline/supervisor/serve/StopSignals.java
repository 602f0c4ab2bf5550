package dev.faultline.supervisor.serve;

import java.util.function.Consumer;
import sun.misc.Signal;

/**
 * Turns SIGTERM and SIGINT into a request to stop, instead of the JVM's default (run the
 * shutdown hooks, then exit 143 or 130). The server then drains and exits 0 by itself, as a
 * service manager expects of a clean stop.
 */
final class StopSignals {
  private StopSignals() {}

  static void onTermOrInt(Consumer<String> stop) {
    for (String name : new String[] {"TERM", "INT"}) {
      Signal.handle(new Signal(name), s -> stop.accept("SIG" + s.getName()));
    }
  }
}
