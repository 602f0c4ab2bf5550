package dev.faultline.supervisor.pool;

import dev.faultline.supervisor.launch.ChildOutput;
import dev.faultline.supervisor.launch.JavaCommand;
import dev.faultline.worker.WorkerMain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Starts worker JVMs from this JVM's own jar, in the run directory (so nothing a worker writes
 * lands in the user's working directory), with their output pumped into the master's log.
 */
final class WorkerLauncher {
  private final Path runDir;
  private final Path socket;
  private final int heapMb;
  private final int jobThreads;
  private final Consumer<String> log;

  WorkerLauncher(Path runDir, Path socket, int heapMb, int jobThreads, Consumer<String> log) {
    this.runDir = runDir;
    this.socket = socket;
    this.heapMb = heapMb;
    this.jobThreads = jobThreads;
    this.log = log;
  }

  /** Starts the JVM for {@code slot} and records its process, pid and output pump on it. */
  void launch(WorkerSlot slot) {
    List<String> cmd = JavaCommand.forMain(heapMb, runDir, WorkerMain.class.getName(),
        List.of(String.valueOf(slot.id), socket.toString(), String.valueOf(jobThreads)));
    try {
      Process p = new ProcessBuilder(cmd).directory(runDir.toFile()).redirectErrorStream(true).start();
      slot.process = p;
      slot.pid = p.pid();
      String who = "worker " + slot.id + " (pid " + p.pid() + ")";
      slot.output = ChildOutput.pump("output-" + who, p.getInputStream(), line -> log.accept(who + " | " + line));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a worker JVM: " + String.join(" ", cmd), e);
    }
  }
}
