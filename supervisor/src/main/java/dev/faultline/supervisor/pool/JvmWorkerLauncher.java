package dev.faultline.supervisor.pool;

import dev.faultline.chaos.ChaosGuard;
import dev.faultline.supervisor.launch.ChildOutput;
import dev.faultline.supervisor.launch.JavaCommand;
import dev.faultline.worker.WorkerMain;
import dev.faultline.worker.ipc.IpcPipeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The real {@link WorkerLauncher}: starts worker JVMs from this JVM's own jar, in the run directory
 * (so nothing a worker writes lands in the user's working directory), each with its own IPC secret
 * ({@link WorkerAdmission}), reached over the chosen {@link IpcServer}, with their output pumped
 * into the master's log.
 */
final class JvmWorkerLauncher implements WorkerLauncher {
  /** The environment variable that carries the hidden {@code serve --test-hook} to workers. */
  static final String TEST_HOOK_ENV = "FAULTLINE_TEST_HOOK";

  private final PoolSettings settings;
  private final IpcServer ipc;
  private final WorkerAdmission admission;
  private final Consumer<String> log;

  JvmWorkerLauncher(
      PoolSettings settings, IpcServer ipc, WorkerAdmission admission, Consumer<String> log) {
    this.settings = settings;
    this.ipc = ipc;
    this.admission = admission;
    this.log = log;
  }

  @Override
  public Worker launch(int label, Worker.Role role) {
    List<String> cmd =
        JavaCommand.forWorker(
            settings.heapMb(),
            settings.runDir(),
            ipc.workerJvmFlags(),
            WorkerMain.class.getName(),
            List.of(
                String.valueOf(label),
                ipc.workerEndpoint(),
                String.valueOf(settings.supervision().threadsPerWorker()),
                String.valueOf(settings.supervision().timeouts().heartbeatInterval().toMillis())));
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .directory(settings.runDir().toFile())
            .redirectErrorStream(!ipc.framesOnStdout());
    String secret = admission.newSecret();
    pb.environment().put(IpcPipeline.SECRET_ENV, secret);
    pb.environment().remove(TEST_HOOK_ENV);
    pb.environment().remove(ChaosGuard.TOKEN_ENV); // a worker needs no token: faults come per job
    if (settings.testHook() != null) {
      pb.environment().put(TEST_HOOK_ENV, settings.testHook());
    }
    try {
      Instant spawnedAt = Instant.now().minusSeconds(1);
      long spawnedAtNanos = System.nanoTime();
      Process process = pb.start();
      admission.started(process.pid(), secret);
      process.onExit().thenRun(() -> admission.exited(process.pid()));
      Worker w = new Worker(process, label, role, spawnedAtNanos, spawnedAt);
      InputStream output = ipc.attach(process, "worker-" + w.pid);
      w.captureOutput(
          ChildOutput.pump("output-" + w.pid, output, line -> log.accept(w.name() + " | " + line)));
      return w;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a worker JVM: " + String.join(" ", cmd), e);
    }
  }
}
