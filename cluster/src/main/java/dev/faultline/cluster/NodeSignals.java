package dev.faultline.cluster;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Sends a signal to a node's JVM with {@code kill -SIG pid}: the JDK sends only SIGTERM and
 * SIGKILL, and a pause needs SIGSTOP and SIGCONT. Blocking for the few milliseconds {@code kill}
 * takes: call it off the event loop.
 */
final class NodeSignals {
  private NodeSignals() {}

  /** Sends {@code signal} (STOP, CONT); false if {@code kill} failed (the process is gone). */
  static boolean send(long pid, String signal) {
    try {
      Process kill =
          new ProcessBuilder("kill", "-" + signal, String.valueOf(pid))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!kill.waitFor(5, TimeUnit.SECONDS)) {
        kill.destroyForcibly();
        return false;
      }
      return kill.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
