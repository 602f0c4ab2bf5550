package dev.faultline.lab.bench.child;

import dev.faultline.lab.bench.proc.ChildJvm;
import dev.faultline.worker.ParentWatch;

/**
 * Counts to N in its own memory, with the same unsynchronized read-modify-write the threads race
 * on, then sends the count and the moment it sent it ({@code System.nanoTime}, the machine's one
 * monotonic clock, so the parent can tell how long the message took): {@code count=N ns=T
 * sentAt=S}.
 */
final class CountRole {
  private static volatile long counter;

  private CountRole() {}

  static void run(long n) {
    ParentWatch.onStdinEof(() -> Runtime.getRuntime().halt(0));
    long t0 = System.nanoTime();
    for (long i = 0; i < n; i++) {
      counter++; // racy in a shared address space; here no one else can reach it
    }
    long ns = System.nanoTime() - t0;
    ChildJvm.say("count=" + counter + " ns=" + ns + " sentAt=" + System.nanoTime());
  }
}
