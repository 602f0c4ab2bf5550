package dev.faultline.lab.bench.child;

import com.sun.jna.Pointer;
import dev.faultline.lab.bench.proc.ChildJvm;
import dev.faultline.lab.bench.proc.Libc;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * The address-space evidence inside one JVM. It maps one page at a fixed virtual address ({@link
 * #ADDRESS}, {@code MAP_FIXED_NOREPLACE}), so two such JVMs have a page at the same address, and
 * starts {@link #IDLE_THREADS} parked threads, each with its own stack. Commands on stdin, answers
 * on stderr: {@code threads-test V} (one thread writes V at the address and into a heap array, a
 * second thread reads both: {@code thread-read native=V heap=V}), {@code write V}, {@code read}.
 */
final class LayoutRole {
  static final long ADDRESS = 0x6000_0000_0000L;
  static final int IDLE_THREADS = 8;

  private static final long PAGE = 4096;

  private LayoutRole() {}

  static void run() throws Exception {
    Pointer page = mapFixedPage();
    CountDownLatch never = new CountDownLatch(1);
    for (int i = 0; i < IDLE_THREADS; i++) {
      Thread t = new Thread(() -> awaitQuietly(never), "idle-" + i);
      t.setDaemon(true);
      t.start();
    }
    ChildJvm.say("ready address=0x" + Long.toHexString(ADDRESS));
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      answer(page, line.trim().split(" "));
    }
  }

  private static void answer(Pointer page, String[] cmd) throws InterruptedException {
    switch (cmd[0]) {
      case "threads-test" -> threadsTest(page, Long.parseLong(cmd[1]));
      case "write" -> {
        page.setLong(0, Long.parseLong(cmd[1]));
        ChildJvm.say("wrote " + cmd[1]);
      }
      case "read" -> ChildJvm.say("read " + page.getLong(0));
      default -> ChildJvm.say("error unknown command " + cmd[0]);
    }
  }

  private static void threadsTest(Pointer page, long value) throws InterruptedException {
    long[] heapCell = new long[1];
    Thread writer =
        new Thread(
            () -> {
              page.setLong(0, value);
              heapCell[0] = value;
            },
            "writer");
    writer.start();
    writer.join();
    long[] seen = new long[2];
    Thread reader =
        new Thread(
            () -> {
              seen[0] = page.getLong(0);
              seen[1] = heapCell[0];
            },
            "reader");
    reader.start();
    reader.join();
    ChildJvm.say("thread-read native=" + seen[0] + " heap=" + seen[1]);
  }

  private static Pointer mapFixedPage() {
    int prot = Libc.PROT_READ | Libc.PROT_WRITE;
    int flags = Libc.MAP_PRIVATE | Libc.MAP_ANONYMOUS | Libc.MAP_FIXED_NOREPLACE;
    Pointer p = Libc.C.mmap(new Pointer(ADDRESS), PAGE, prot, flags, -1, 0);
    if (Pointer.nativeValue(p) != ADDRESS) {
      throw new IllegalStateException(
          "mmap at 0x"
              + Long.toHexString(ADDRESS)
              + " gave 0x"
              + Long.toHexString(Pointer.nativeValue(p)));
    }
    return p;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException ignored) {
      // the JVM is ending
    }
  }
}
