package dev.faultline.supervisor.launch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Reads a child JVM's merged stdout and stderr on its own thread: forwards each line, and keeps the
 * last lines so the cause of a death can be read from them. The JVM's crash banner ({@link
 * CrashBanner}) is only kept, not forwarded: the hs_err report says it better.
 */
public final class ChildOutput {
  private static final int TAIL_LINES = 40;
  private final Deque<String> tail = new ArrayDeque<>();
  private final CountDownLatch ended = new CountDownLatch(1);

  public static ChildOutput pump(String threadName, InputStream in, Consumer<String> forward) {
    ChildOutput out = new ChildOutput();
    Thread t = new Thread(() -> out.drain(in, forward), threadName);
    t.setDaemon(true);
    t.start();
    return out;
  }

  private void drain(InputStream in, Consumer<String> forward) {
    CrashBanner banner = new CrashBanner();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        remember(line);
        if (banner.forwards(line)) {
          forward.accept(line);
        }
      }
    } catch (IOException ignored) {
      // the child is gone; what was read is kept
    } finally {
      ended.countDown();
    }
  }

  /**
   * The last lines, once the child's output has ended (or {@code maxWaitMillis} passed): a dying
   * JVM's last words, such as "Terminating due to java.lang.OutOfMemoryError", may still be in the
   * pipe when its exit is noticed.
   */
  public List<String> lastLinesAfterEnd(long maxWaitMillis) {
    try {
      ended.await(maxWaitMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return lastLines();
  }

  private synchronized void remember(String line) {
    if (tail.size() == TAIL_LINES) {
      tail.removeFirst();
    }
    tail.addLast(line);
  }

  public synchronized List<String> lastLines() {
    return List.copyOf(tail);
  }
}
