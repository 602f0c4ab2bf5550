package dev.faultline.supervisor.pool;

import dev.faultline.supervisor.death.DeathCause;
import dev.faultline.supervisor.death.DeathClassifier;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Reads what a dead worker left behind, off the pool's loop: its last output lines (waiting up to
 * {@value #LAST_WORDS_WAIT_MS} ms for its output to end) and its hs_err report, which together say
 * how it ended. The loop that would wait for them also carries every request, so they run on a
 * thread of their own and the loop goes on with the death when the reading is done. Unit tests read
 * on the calling thread instead.
 */
final class ExitReading {
  /** How long a death's classification may wait for the dead worker's last output lines. */
  static final long LAST_WORDS_WAIT_MS = 200;

  /** What the dead worker left: the last lines it printed, and what the JVM says ended it. */
  record Read(List<String> lastWords, DeathCause cause) {}

  private final DeathClassifier classifier;
  private final Executor reader;

  ExitReading(DeathClassifier classifier, Executor reader) {
    this.classifier = classifier;
    this.reader = reader;
  }

  /** One daemon thread that reads the dead: slow I/O never holds up the loop. */
  static ExecutorService ownThread() {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, "exit-reader");
          t.setDaemon(true);
          return t;
        });
  }

  /** Starts reading what {@code w}, which exited with {@code exitStatus}, left behind. */
  CompletableFuture<Read> read(Worker w, int exitStatus) {
    return CompletableFuture.supplyAsync(
        () -> {
          List<String> lastWords = w.lastWords(LAST_WORDS_WAIT_MS);
          return new Read(
              lastWords, classifier.classify(w.pid, exitStatus, lastWords, w.spawnedAt));
        },
        reader);
  }
}
