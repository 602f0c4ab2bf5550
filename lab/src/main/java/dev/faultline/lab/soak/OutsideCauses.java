package dev.faultline.lab.soak;

import dev.faultline.lab.soak.SignalSender.Sent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The soak's deaths from outside: real signals to worker pids read from {@code /status}, the four
 * an operator or the kernel sends (KILL, SEGV, TERM, STOP) in turn, each worker signalled at most
 * once. Every third one is aimed at a worker still booting: the soak waits a moment for one to
 * appear (the replacement of the last one killed) before it falls back to a ready one.
 */
final class OutsideCauses {
  static final List<String> SIGNALS = List.of("KILL", "SEGV", "TERM", "STOP");
  private static final long BOOT_WAIT_MS = 1_500;

  private final StatusProbe status;
  private final SplittableRandom random;
  private final List<Sent> sent = new ArrayList<>();
  private final Set<Long> signalled = new HashSet<>();
  private int turn;

  OutsideCauses(StatusProbe status, long seed) {
    this.status = status;
    this.random = new SplittableRandom(seed);
  }

  /** Sends the next signal; false if no worker could be signalled now. */
  boolean next() {
    String signal = SIGNALS.get(turn % SIGNALS.size());
    boolean atBoot = turn % 3 == 2;
    turn++;
    Long pid = atBoot ? waitForBooting() : null;
    String during = pid != null ? "boot" : "ready";
    if (pid == null) {
      pid = pick("ready");
    }
    if (pid == null) {
      return false;
    }
    signalled.add(pid);
    Sent s = SignalSender.send(pid, signal, during);
    if (s != null) {
      sent.add(s);
    }
    return s != null;
  }

  private Long waitForBooting() {
    long until = System.nanoTime() + BOOT_WAIT_MS * 1_000_000;
    while (System.nanoTime() < until) {
      Long pid = pick("starting");
      if (pid != null) {
        return pid;
      }
      sleep(20);
    }
    return null;
  }

  private Long pick(String state) {
    List<Long> pids =
        status.read().map(s -> s.pidsIn(state)).orElse(List.of()).stream()
            .filter(p -> !signalled.contains(p))
            .toList();
    return pids.isEmpty() ? null : pids.get(random.nextInt(pids.size()));
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  List<Sent> sent() {
    return List.copyOf(sent);
  }
}
