package dev.faultline.lab.demo;

import dev.faultline.config.Durations;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The root's restart policy for one server, like systemd's {@code Restart=always} with a growing
 * {@code RestartSec} ({@link RestartBackoff}): after a death, one line saying why and when it comes
 * back, a start after the wait on its own thread, then one line saying how long it was down. Each
 * death and comeback is kept as a {@link ServerEvent} for the report's timeline.
 */
final class ServerRestarts {
  private static final long COME_BACK_SECONDS = 90;

  private final String name;
  private final Console console;
  private final Supplier<CompletableFuture<Void>> start;
  private final LongSupplier pid;
  private final RestartBackoff backoff = new RestartBackoff();
  private final List<ServerEvent> events = new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService restarter;
  private volatile boolean stopped;
  private volatile int count;

  /**
   * @param start starts the server again; completes when it listens
   * @param pid the running server's pid, once it came back
   */
  ServerRestarts(
      String name, Console console, Supplier<CompletableFuture<Void>> start, LongSupplier pid) {
    this.name = name;
    this.console = console;
    this.start = start;
    this.pid = pid;
    this.restarter =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "restart-" + name);
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * The server died ({@code death} says how, at {@code diedAt}): says so with the wait before its
   * restart, and returns that wait for {@link #restartAfter}.
   */
  Duration afterDeath(String death, long diedAt, Duration uptime) {
    count++;
    Duration wait = backoff.afterDeath(uptime);
    String line =
        death
            + "; restarting it "
            + (wait.isZero() ? "at once" : "in " + Durations.format(wait) + " (it keeps dying)")
            + " (restart #"
            + count
            + ")";
    events.add(new ServerEvent(diedAt, "died", line));
    console.root(line);
    return wait;
  }

  /** Starts the server again after {@code wait}, on this policy's own thread. */
  void restartAfter(Duration wait, long diedAt) {
    try {
      restarter.schedule(() -> restart(diedAt), wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // stopped meanwhile: nothing to restart
    }
  }

  private void restart(long diedAt) {
    if (stopped) {
      return;
    }
    try {
      start.get().get(COME_BACK_SECONDS, TimeUnit.SECONDS);
      long backAt = System.nanoTime();
      String line =
          name
              + " server is back (pid "
              + pid.getAsLong()
              + ") after "
              + (backAt - diedAt) / 1_000_000
              + " ms down";
      events.add(new ServerEvent(backAt, "back", line));
      console.root(line);
    } catch (Exception e) {
      if (!stopped) {
        console.root(name + " server did not come back: " + e);
      }
    }
  }

  /** No restart from now on, also none already waiting. */
  void stop() {
    stopped = true;
    restarter.shutdownNow();
  }

  int count() {
    return count;
  }

  List<ServerEvent> events() {
    return List.copyOf(events);
  }
}
