package dev.faultline.supervisor.pool;

/**
 * The pool's one way to get a new worker: the seam between the supervisor and real processes. In
 * the server it starts a JVM ({@link JvmWorkerLauncher}); in unit tests it hands out fake workers,
 * so the whole pool runs without a JVM.
 */
interface WorkerLauncher {
  /**
   * Starts a worker for slot {@code label} (0 for a spare) in {@code role}.
   *
   * @throws java.io.UncheckedIOException when the process cannot be started
   */
  Worker launch(int label, Worker.Role role);
}
