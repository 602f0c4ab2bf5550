package dev.faultline.lab.bench.proc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A child process of the benchmark whose stderr carries its control lines ({@code ready}, results),
 * so stdout and stdin stay free to be a data channel (the anonymous pipe). Lines that are not
 * control lines are kept, the last few, to explain a failure.
 */
public final class ChildJvm {
  /** What a child puts before each control line on stderr. */
  public static final String CONTROL = "bench-child: ";

  private static final int KEPT_LINES = 20;
  private static final String EOF = "\u0000eof";

  private final Process process;
  private final BlockingQueue<String> control = new LinkedBlockingQueue<>();
  private final Deque<String> other = new ArrayDeque<>();
  private volatile long lastControlAt;

  ChildJvm(Process process) {
    this.process = process;
    Thread t = new Thread(this::pump, "stderr-" + process.pid());
    t.setDaemon(true);
    t.start();
  }

  /** What a child calls to send one control line to its parent. */
  public static void say(String line) {
    System.err.println(CONTROL + line);
    System.err.flush();
  }

  public Process process() {
    return process;
  }

  public long pid() {
    return process.pid();
  }

  /** The next control line, without its prefix, within {@code timeout}. */
  public String awaitLine(Duration timeout) throws IOException {
    try {
      String line = control.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (line == null || line.equals(EOF)) {
        throw new IOException(
            "child pid "
                + pid()
                + (line == null ? " said nothing within " + timeout : " ended")
                + "; its last lines: "
                + lastLines());
      }
      return line;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for child pid " + pid(), e);
    }
  }

  /** Waits for a control line that starts with {@code word}, and returns the rest of it. */
  public String await(String word, Duration timeout) throws IOException {
    String line = awaitLine(timeout);
    if (!line.startsWith(word)) {
      throw new IOException("child pid " + pid() + " said '" + line + "', expected " + word);
    }
    return line.substring(word.length()).trim();
  }

  /** When the latest control line arrived ({@link System#nanoTime()}), as it was read. */
  public long lastControlLineAt() {
    return lastControlAt;
  }

  /** Sends one line on the child's stdin. */
  public void send(String line) throws IOException {
    process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().flush();
  }

  /** Closes its stdin (the child's cue to end), then SIGTERM, then SIGKILL. */
  public void stop() {
    try {
      process.getOutputStream().close();
    } catch (IOException ignored) {
      // already gone
    }
    Children.end(process);
  }

  private synchronized String lastLines() {
    return String.join(" | ", other);
  }

  private void pump() {
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        keep(line);
      }
    } catch (IOException e) {
      // the JDK closes a child's streams when it is destroyed: that is its end
    } finally {
      control.add(EOF);
    }
  }

  private void keep(String line) {
    if (line.startsWith(CONTROL)) {
      lastControlAt = System.nanoTime();
      control.add(line.substring(CONTROL.length()));
      return;
    }
    synchronized (this) {
      other.addLast(line);
      if (other.size() > KEPT_LINES) {
        other.removeFirst();
      }
    }
  }
}
