package dev.faultline.worker;

import java.io.IOException;
import java.io.InputStream;

/**
 * Runs an action when stdin reaches end of file. A parent that holds a child's stdin open (the
 * master for its workers, the demo root for its servers) closes it by dying, even by SIGKILL: the
 * child follows, and never outlives it.
 */
public final class ParentWatch {
  private ParentWatch() {}

  /**
   * Starts a daemon thread that reads stdin until end of file (or a broken pipe), then runs {@code
   * onGone}.
   */
  public static void onStdinEof(Runnable onGone) {
    Thread t =
        new Thread(
            () -> {
              try (InputStream in = System.in) {
                while (in.read() != -1) {
                  // the parent never writes; anything read is ignored
                }
              } catch (IOException ignored) {
                // a broken pipe means the same as end of file
              }
              onGone.run();
            },
            "parent-watch");
    t.setDaemon(true);
    t.start();
  }
}
