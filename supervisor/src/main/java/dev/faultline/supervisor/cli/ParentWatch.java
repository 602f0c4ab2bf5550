package dev.faultline.supervisor.cli;

import java.io.IOException;
import java.io.InputStream;

/**
 * Ends this JVM, politely (shutdown hooks run, workers are stopped), when stdin reaches end of
 * file. A parent that holds our stdin open closes it by dying, even by SIGKILL.
 */
final class ParentWatch {
  /** Status when the parent went away. */
  static final int EXIT_PARENT_GONE = 0;

  private ParentWatch() {}

  static void exitWhenStdinCloses() {
    Thread t = new Thread(() -> {
      try (InputStream in = System.in) {
        while (in.read() != -1) {
          // the parent never writes; anything read is ignored
        }
      } catch (IOException ignored) {
        // a broken pipe means the same as end of file
      }
      System.exit(EXIT_PARENT_GONE);
    }, "parent-watch");
    t.setDaemon(true);
    t.start();
  }
}
