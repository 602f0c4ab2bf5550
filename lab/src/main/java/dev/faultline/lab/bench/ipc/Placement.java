package dev.faultline.lab.bench.ipc;

/**
 * Which CPUs the two ends run on. On one core every round trip needs the scheduler to switch
 * between the sides; on two cores each side keeps its own, and what is left is the transport.
 */
public record Placement(String name, int clientCpu, int echoCpu) {
  public static final Placement ONE_CORE = new Placement("one-core", 0, 0);
  public static final Placement TWO_CORES = new Placement("two-cores", 0, 1);
}
