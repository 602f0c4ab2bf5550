package dev.faultline.chaos;

import java.util.List;

/**
 * Burns every core of the machine for {@code seconds} (1 to 60, default 3): the serving thread and
 * one more thread per extra core spin until the time is up, then the request is answered normally.
 *
 * <p>Neither mode contains it fully: CPU time is shared by every process on the machine, so a
 * worker that hogs the cores slows the master, the other workers and anything else there, just as a
 * pool thread slows its server. Isolation can only cap it (cgroups, CPU quotas), which faultline
 * does not do. Expect latency to rise in both modes, not requests to fail.
 */
final class CpuHog implements Fault {
  static final FaultParameter SECONDS = new FaultParameter("seconds", 1, 60, 3, "s");

  @Override
  public String name() {
    return "cpu-hog";
  }

  @Override
  public String summary() {
    return "burns every core for a number of seconds, then answers";
  }

  @Override
  public String threadMode() {
    return "slower";
  }

  @Override
  public String processMode() {
    return "slower: CPU is shared by the whole machine";
  }

  @Override
  public List<FaultParameter> parameters() {
    return List.of(SECONDS);
  }

  @Override
  public void inject(FaultArgs args, UnitState unit) {
    long until = System.nanoTime() + args.get(SECONDS.name()) * 1_000_000_000L;
    for (int i = 1; i < Runtime.getRuntime().availableProcessors(); i++) {
      Thread t = new Thread(() -> spinUntil(until), "cpu-hog-" + i);
      t.setDaemon(true);
      t.start();
    }
    spinUntil(until);
  }

  private static long spinUntil(long untilNanos) {
    long x = untilNanos;
    while (System.nanoTime() < untilNanos) {
      x = x * 6364136223846793005L + 1442695040888963407L;
    }
    return x;
  }
}
