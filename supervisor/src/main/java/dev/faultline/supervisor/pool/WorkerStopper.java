package dev.faultline.supervisor.pool;

import dev.faultline.supervisor.death.Ending;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Stops workers politely, then forcefully: closing its socket asks a worker to exit (it does at
 * once, status 0); whatever is left after the grace period gets SIGTERM, whatever is left after
 * another grace period SIGKILL. Used when the server stops and when the pool halts; it blocks the
 * loop, which has nothing else left to do then.
 */
final class WorkerStopper {
  private WorkerStopper() {}

  /** Returns {@code 3 exited when asked, 0 after SIGTERM, 0 after SIGKILL}. */
  static String stopAll(Collection<Worker> workers, long graceMillis, long nowNanos) {
    List<Worker> all = List.copyOf(workers);
    all.forEach(w -> ask(w, nowNanos));
    List<Worker> left = waitFor(all, graceMillis);
    int asked = all.size() - left.size();
    left.forEach(w -> w.process.destroy());
    List<Worker> stubborn = waitFor(left, graceMillis);
    stubborn.forEach(w -> w.process.destroyForcibly());
    waitFor(stubborn, graceMillis);
    return asked
        + " exited when asked, "
        + (left.size() - stubborn.size())
        + " after SIGTERM, "
        + stubborn.size()
        + " after SIGKILL";
  }

  private static void ask(Worker w, long nowNanos) {
    w.condemn(new KillOrder(Ending.Killed.SHUTDOWN, "the pool is stopping", nowNanos));
    w.askToExit();
  }

  /** Waits up to {@code millis} for all to exit; returns those still alive. */
  private static List<Worker> waitFor(List<Worker> workers, long millis) {
    CompletableFuture<?>[] exits =
        workers.stream().map(w -> w.process.onExit()).toArray(CompletableFuture[]::new);
    try {
      CompletableFuture.allOf(exits).get(millis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      // some are still there: the caller escalates
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException e) {
      // onExit never fails
    }
    return workers.stream().filter(w -> w.process.isAlive()).toList();
  }
}
