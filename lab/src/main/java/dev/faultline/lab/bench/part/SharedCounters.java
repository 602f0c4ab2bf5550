package dev.faultline.lab.bench.part;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Two threads incrementing one counter three ways. {@code racy}: {@code value++} on a volatile
 * field, a read-modify-write that is not atomic (volatile only stops the JIT from keeping the value
 * in a register, which would lose almost all updates at once and hide the race). {@code locked}:
 * the same under one lock. {@code atomic}: {@link AtomicLong#incrementAndGet}.
 */
final class SharedCounters {
  /** One way of counting: the increment, and how to read the total. */
  interface Counter {
    void increment();

    long value();
  }

  /** How many increments the threads made, what the counter says, and the wall time. */
  record Run(long expected, long counted, long nanos) {
    long lost() {
      return expected - counted;
    }

    double nsPerIncrement() {
      return (double) nanos / expected;
    }
  }

  static final class Racy implements Counter {
    private volatile long value;

    @Override
    public void increment() {
      value++; // not atomic: the race is what is measured
    }

    @Override
    public long value() {
      return value;
    }
  }

  static final class Locked implements Counter {
    private long value;

    @Override
    public synchronized void increment() {
      value++;
    }

    @Override
    public synchronized long value() {
      return value;
    }
  }

  static final class Atomic implements Counter {
    private final AtomicLong value = new AtomicLong();

    @Override
    public void increment() {
      value.incrementAndGet();
    }

    @Override
    public long value() {
      return value.get();
    }
  }

  /** Increments between two looks at the clock. */
  static final long CHUNK = 4096;

  private SharedCounters() {}

  /**
   * Starts {@code threads} threads that increment for {@code window} (at most {@code maxEach} times
   * each), each counting its own attempts. They start together (each spins until all of them run)
   * and race for a whole window, not for a count: on a busy machine a thread can wait a time slice
   * for a core, and two threads that never overlap cannot race.
   */
  static Run race(Counter c, int threads, Duration window, long maxEach)
      throws InterruptedException {
    AtomicInteger running = new AtomicInteger();
    AtomicLong attempts = new AtomicLong();
    AtomicLong startedAt = new AtomicLong();
    Thread[] ts = new Thread[threads];
    for (int i = 0; i < threads; i++) {
      ts[i] =
          new Thread(
              () -> {
                if (running.incrementAndGet() == threads) {
                  startedAt.set(System.nanoTime());
                }
                while (running.get() < threads) {
                  Thread.onSpinWait();
                }
                attempts.addAndGet(count(c, System.nanoTime() + window.toNanos(), maxEach));
              },
              "counter-" + i);
      ts[i].start();
    }
    for (Thread t : ts) {
      t.join();
    }
    return new Run(attempts.get(), c.value(), System.nanoTime() - startedAt.get());
  }

  /** Increments in chunks until the deadline or {@code max}; returns how many it made. */
  private static long count(Counter c, long deadline, long max) {
    long n = 0;
    while (n < max && System.nanoTime() < deadline) {
      long chunk = Math.min(CHUNK, max - n);
      for (long i = 0; i < chunk; i++) {
        c.increment();
      }
      n += chunk;
    }
    return n;
  }
}
