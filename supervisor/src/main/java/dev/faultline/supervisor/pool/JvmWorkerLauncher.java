package dev.faultline.supervisor.pool;

import dev.faultline.chaos.ChaosGuard;
import dev.faultline.supervisor.launch.ChildOutput;
import dev.faultline.supervisor.launch.JavaCommand;
import dev.faultline.worker.WorkerMain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The real {@link WorkerLauncher}: starts worker JVMs from this JVM's own jar, in the run directory
 * (so nothing a worker writes lands in the user's working directory), with their output pumped into
 * the master's log.
 */
final class JvmWorkerLauncher implements WorkerLauncher {
  /** The environment variable that carries the hidden {@code serve --test-hook} to workers. */
  static final String TEST_HOOK_ENV = "FAULTLINE_TEST_HOOK";

  private final PoolSettings settings;
  private final Path socket;
  private final Consumer<String> log;
  private final Set<Long> running = ConcurrentHashMap.newKeySet();

  JvmWorkerLauncher(PoolSettings settings, Path socket, Consumer<String> log) {
    this.settings = settings;
    this.socket = socket;
    this.log = log;
  }

  /**
   * True for the pid of a worker JVM started here that has not exited; any thread may ask (the IPC
   * server admits only these).
   */
  boolean startedHere(long pid) {
    return running.contains(pid);
  }

  @Override
  public Worker launch(int label, Worker.Role role) {
    List<String> cmd =
        JavaCommand.forWorker(
            settings.heapMb(),
            settings.runDir(),
            WorkerMain.class.getName(),
            List.of(
                String.valueOf(label),
                socket.toString(),
                String.valueOf(settings.supervision().threadsPerWorker()),
                String.valueOf(settings.supervision().timeouts().heartbeatInterval().toMillis())));
    ProcessBuilder pb =
        new ProcessBuilder(cmd).directory(settings.runDir().toFile()).redirectErrorStream(true);
    pb.environment().remove(TEST_HOOK_ENV);
    pb.environment().remove(ChaosGuard.TOKEN_ENV); // a worker needs no token: faults come per job
    if (settings.testHook() != null) {
      pb.environment().put(TEST_HOOK_ENV, settings.testHook());
    }
    try {
      Instant spawnedAt = Instant.now().minusSeconds(1);
      long spawnedAtNanos = System.nanoTime();
      Process process = pb.start();
      running.add(process.pid());
      process.onExit().thenRun(() -> running.remove(process.pid()));
      Worker w = new Worker(process, label, role, spawnedAtNanos, spawnedAt);
      w.captureOutput(
          ChildOutput.pump(
              "output-" + w.pid,
              w.process.getInputStream(),
              line -> log.accept(w.name() + " | " + line)));
      return w;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a worker JVM: " + String.join(" ", cmd), e);
    }
  }
}
