package dev.faultline.config;

/**
 * What cluster mode needs beyond {@link ServerSettings}: how many threads run the workload inside
 * each node JVM, and how long the front waits for a node's answer before it gives the job up.
 *
 * @param threadsPerNode the node's own thread pool ({@code --threads-per-node})
 * @param nodeTimeoutMs the event bus's send timeout for one job ({@code --node-timeout-ms}): a job
 *     whose node neither answers nor is seen lost by then fails with 504
 * @param netns each local node in a network namespace of its own ({@code --netns}): what a
 *     partition fault needs
 */
public record ClusterSettings(int threadsPerNode, int nodeTimeoutMs, boolean netns) {
  public static final int DEFAULT_THREADS_PER_NODE = 2;
  public static final int MAX_THREADS_PER_NODE = 64;
  public static final int DEFAULT_NODE_TIMEOUT_MS = 30_000;
  public static final int MIN_NODE_TIMEOUT_MS = 100;
  public static final int MAX_NODE_TIMEOUT_MS = 600_000;

  public ClusterSettings {
    Check.range("threads-per-node", threadsPerNode, 1, MAX_THREADS_PER_NODE);
    Check.range("node-timeout-ms", nodeTimeoutMs, MIN_NODE_TIMEOUT_MS, MAX_NODE_TIMEOUT_MS);
  }

  public static ClusterSettings defaults() {
    return new ClusterSettings(DEFAULT_THREADS_PER_NODE, DEFAULT_NODE_TIMEOUT_MS, false);
  }
}
