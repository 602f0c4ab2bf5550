package dev.faultline.lab.bench.proc;

import dev.faultline.lab.demo.Termination;
import dev.faultline.supervisor.launch.JavaCommand;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Every process a benchmark part starts, so that all of them end when the part does, also when it
 * fails or runs out of time: each by its own pid, SIGTERM first, SIGKILL after a grace. Other
 * things a part must stop (a served server) register a closer here too.
 */
public final class Children implements AutoCloseable {
  static final long GRACE_MS = 2000;

  private final Path dir;
  private final Deque<Runnable> closers = new ArrayDeque<>();

  public Children(Path dir) {
    this.dir = dir;
  }

  /** The directory children run in (hs_err files, sockets, FIFOs). */
  public Path dir() {
    return dir;
  }

  /**
   * Starts {@code mainClass} of this jar as a child JVM with the workers' flags, pinned to {@code
   * cpus} ({@code taskset -c}) unless null.
   */
  public ChildJvm startJava(String cpus, int heapMb, String mainClass, List<String> args)
      throws IOException {
    List<String> cmd = Affinity.taskset(cpus, JavaCommand.forMain(heapMb, dir, mainClass, args));
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).start();
    onClose(() -> end(p));
    return new ChildJvm(p);
  }

  /** Runs {@code closer} when the part ends, last registered first. */
  public synchronized void onClose(Runnable closer) {
    closers.push(closer);
  }

  @Override
  public void close() {
    Runnable next;
    while ((next = poll()) != null) {
      try {
        next.run();
      } catch (RuntimeException e) {
        System.err.println("bench: cleaning up failed: " + e);
      }
    }
  }

  private synchronized Runnable poll() {
    return closers.poll();
  }

  /**
   * SIGTERM, then SIGKILL to it and the children it had after {@link #GRACE_MS}; by pid, the way
   * every process the lab started ends ({@link Termination}).
   */
  static void end(Process p) {
    Termination.termThenKill(
        List.of(p.toHandle()), Duration.ofMillis(GRACE_MS), Duration.ofMillis(2 * GRACE_MS));
  }
}
