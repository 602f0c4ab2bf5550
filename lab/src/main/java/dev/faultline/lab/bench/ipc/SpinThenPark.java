package dev.faultline.lab.bench.ipc;

import java.io.IOException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * How a shared-memory end waits for the other: spin for {@link #SPIN_NANOS} (cheapest when the
 * other side runs on its own core and answers within microseconds), then park {@link #PARK_NANOS}
 * at a time and look again (so a side that shares one core with the other gives the core up). There
 * is no wake-up call across processes here: a parked side notices the answer on its next look.
 */
final class SpinThenPark {
  static final long SPIN_NANOS = 20_000;
  static final long PARK_NANOS = 20_000;

  private SpinThenPark() {}

  /** Waits until {@code value} reads {@code expected}; fails after {@code timeoutNanos}. */
  static void await(LongSupplier value, long expected, long timeoutNanos) throws IOException {
    long start = System.nanoTime();
    long spinUntil = start + SPIN_NANOS;
    int spins = 0;
    while (value.getAsLong() != expected) {
      if ((++spins & 63) != 0 || System.nanoTime() < spinUntil) {
        Thread.onSpinWait();
        continue;
      }
      if (System.nanoTime() - start > timeoutNanos) {
        throw new IOException("no answer within " + timeoutNanos / 1_000_000 + " ms");
      }
      LockSupport.parkNanos(PARK_NANOS);
    }
  }
}
