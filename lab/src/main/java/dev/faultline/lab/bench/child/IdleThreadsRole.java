package dev.faultline.lab.bench.child;

import dev.faultline.lab.bench.proc.ChildJvm;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * Starts idle threads on demand, so the parent can read this JVM's private memory before and after:
 * {@code spawn N} starts N parked threads and answers {@code spawned N} once all of them run.
 */
final class IdleThreadsRole {
  private IdleThreadsRole() {}

  static void run() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    ChildJvm.say("ready");
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      int n = Integer.parseInt(line.trim().split(" ")[1]);
      CountDownLatch running = new CountDownLatch(n);
      for (int i = 0; i < n; i++) {
        Thread t =
            new Thread(
                () -> {
                  running.countDown();
                  awaitQuietly(never);
                });
        t.setDaemon(true);
        t.start();
      }
      running.await();
      ChildJvm.say("spawned " + n);
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException ignored) {
      // the JVM is ending
    }
  }
}
