package dev.faultline.lab.bench.ipc;

import dev.faultline.lab.bench.proc.Affinity;

/** The echo of an in-JVM transport: a daemon thread pinned to the echo side's CPU. */
final class EchoThread {
  /** One step of the echo's loop; false ends it. */
  interface Step {
    boolean run() throws Exception;
  }

  private EchoThread() {}

  static Thread start(String name, int cpu, Step step) {
    Thread t =
        new Thread(
            () -> {
              Affinity.pinThisThread(cpu);
              try {
                while (step.run()) {
                  // one message answered
                }
              } catch (InterruptedException e) {
                // the link closed
              } catch (Exception e) {
                System.err.println("bench: echo thread " + name + " failed: " + e);
              }
            },
            name);
    t.setDaemon(true);
    t.start();
    return t;
  }
}
