package dev.faultline.lab.bench.overhead;

import dev.faultline.lab.observe.CrashEvents;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Kills workers of a running process-mode server from outside (SIGKILL, as a crash would end them)
 * and collects what its pool wrote when each replacement said hello: the {@code worker_ready} lines
 * of its {@code crash-events.jsonl}, with {@code readyMs} (spawn to hello) and {@code
 * readyAfterDeathMs} (death noticed to hello). The workers are the server JVM's children.
 */
final class WorkerRestarts {
  private static final long WAIT_MS = 15_000;

  private final long serverPid;
  private final CrashEvents crashEvents;

  WorkerRestarts(long serverPid, Path runDir) {
    this.serverPid = serverPid;
    this.crashEvents = new CrashEvents(runDir);
  }

  /** The server's worker JVMs now. */
  List<ProcessHandle> workers() {
    return ProcessHandle.of(serverPid)
        .map(p -> p.children().filter(ProcessHandle::isAlive).toList())
        .orElse(List.of());
  }

  /** Kills {@code count} workers at once; returns the ready lines of their replacements. */
  List<JsonObject> killAndAwait(int count) {
    int before = readyLines().size();
    List<ProcessHandle> victims = workers().stream().limit(count).toList();
    victims.forEach(ProcessHandle::destroyForcibly);
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MS);
    List<JsonObject> lines = readyLines();
    while (lines.size() < before + victims.size() && System.nanoTime() < deadline) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
      lines = readyLines();
    }
    return lines.subList(before, lines.size());
  }

  private List<JsonObject> readyLines() {
    return crashEvents.named("worker_ready");
  }
}
