package dev.faultline.chaos;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Two threads take two locks in opposite order: one holds the cache lock the workload needs and
 * waits for the other's lock, which waits for the cache lock. Neither ever lets go (a {@code
 * ReentrantLock.lock()} ignores interrupts), so the serving thread, and every later request that
 * needs the cache, blocks for good. {@code jstack} reports the cycle.
 *
 * <p>A thread cannot contain it: the lock is shared by every request of the JVM, so in thread mode
 * the whole pool piles up behind it, one thread at a time. In process mode the lock belongs to one
 * worker: that worker is stuck with this one request, the others never see the lock.
 */
final class Deadlock implements Fault {

  @Override
  public String name() {
    return "deadlock";
  }

  @Override
  public String summary() {
    return "two threads take the cache lock and another in opposite order: requests needing the cache block forever";
  }

  @Override
  public String threadMode() {
    return "every request that needs the cache blocks: the whole pool";
  }

  @Override
  public String processMode() {
    return "one worker stuck with this request";
  }

  @Override
  public void inject(FaultArgs args, UnitState unit) {
    Lock cache = unit.cacheLock();
    Lock other = new ReentrantLock();
    CountDownLatch bothHeld = new CountDownLatch(2);
    start("deadlock-a", () -> takeInOrder(cache, other, bothHeld));
    start("deadlock-b", () -> takeInOrder(other, cache, bothHeld));
    awaitIgnoringInterrupts(bothHeld); // each holds its first lock: the cycle is closed
  }

  private static void takeInOrder(Lock first, Lock second, CountDownLatch bothHeld) {
    first.lock();
    bothHeld.countDown();
    awaitIgnoringInterrupts(bothHeld);
    second.lock();
  }

  private static void start(String name, Runnable body) {
    Thread t = new Thread(body, name);
    t.setDaemon(true);
    t.start();
  }

  private static void awaitIgnoringInterrupts(CountDownLatch latch) {
    while (true) {
      try {
        latch.await();
        return;
      } catch (InterruptedException ignored) {
        // a deadlock does not care
      }
    }
  }
}
