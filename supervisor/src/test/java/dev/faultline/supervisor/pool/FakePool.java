package dev.faultline.supervisor.pool;

import dev.faultline.config.IpcTransport;
import dev.faultline.config.Mode;
import dev.faultline.config.Recycling;
import dev.faultline.config.RestartPolicy;
import dev.faultline.config.Supervision;
import dev.faultline.config.WorkerTimeouts;
import dev.faultline.supervisor.backend.Job;
import dev.faultline.supervisor.backend.JobResult;
import dev.faultline.supervisor.metrics.ServerMetrics;
import dev.faultline.supervisor.testing.HandSetClock;
import dev.faultline.worker.ipc.IpcMessage;
import io.netty.channel.embedded.EmbeddedChannel;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * A real {@link WorkerPool} on fake workers and a hand-set clock: no JVM, no thread, no sleep. The
 * test plays the world (hellos, answers, exits, time) and runs the loop's turns itself.
 */
final class FakePool {
  static final Duration KILL_GRACE = Duration.ofMillis(500);
  static final Duration DEADLINE = Duration.ofSeconds(3);
  static final Duration BACKOFF = Duration.ofMillis(100);

  final HandSetClock wall = new HandSetClock();
  private final Instant origin = wall.instant();
  final PoolClock clock =
      new PoolClock(wall, () -> Duration.between(origin, wall.instant()).toNanos());
  final List<Worker> launched = new ArrayList<>();
  final List<String> halts = new ArrayList<>();
  final Path runDir;
  final WorkerPool pool;

  /** When set, the launcher throws it instead of starting a worker, as when a JVM cannot start. */
  RuntimeException launchFailure;

  private long nextPid = 100;
  private long nextJob = 1;

  FakePool(Path runDir, int workers, Supervision supervision) {
    this(runDir, workers, supervision, Runnable::run); // exits read within the turn
  }

  /**
   * @param exitReader runs the reading of an exited worker's output and hs_err; the test may hold
   *     it back to see the pool before the death is decided
   */
  FakePool(Path runDir, int workers, Supervision supervision, Executor exitReader) {
    this.runDir = runDir;
    this.pool =
        new WorkerPool(
            new PoolSettings(workers, 64, runDir, supervision, null, IpcTransport.UDS),
            this::launch,
            clock,
            halts::add,
            new ServerMetrics(Mode.PROCESS),
            exitReader);
  }

  /** Restarts with a fixed 100 ms backoff (no jitter) and short timeouts; no recycling. */
  static Supervision supervision(int spares, int intensity, int maxBootFailures) {
    return supervision(spares, intensity, maxBootFailures, Recycling.off());
  }

  /**
   * As {@link #supervision(int, int, int)}, with {@code --exit-on-pool-exhausted}: halt for good.
   */
  static Supervision halting(int spares, int intensity, int maxBootFailures) {
    return supervision(spares, intensity, maxBootFailures, Recycling.off(), true);
  }

  static Supervision supervision(
      int spares, int intensity, int maxBootFailures, Recycling recycling) {
    return supervision(spares, intensity, maxBootFailures, recycling, false);
  }

  private static Supervision supervision(
      int spares, int intensity, int maxBootFailures, Recycling recycling, boolean halt) {
    RestartPolicy restart =
        new RestartPolicy(
            intensity,
            Duration.ofSeconds(60),
            BACKOFF,
            BACKOFF,
            1.0,
            0.0,
            Duration.ofSeconds(30),
            maxBootFailures,
            halt);
    WorkerTimeouts timeouts =
        new WorkerTimeouts(
            Duration.ofMillis(100),
            Duration.ofSeconds(1),
            KILL_GRACE,
            DEADLINE,
            Duration.ofSeconds(10));
    return new Supervision(
        restart, timeouts, recycling, spares, 1, 16, Duration.ofSeconds(60), Duration.ZERO);
  }

  private Worker launch(int label, Worker.Role role) {
    if (launchFailure != null) {
      throw launchFailure;
    }
    FakeProcess process = new FakeProcess(nextPid++);
    process.obeysSigterm = true;
    Worker w = new Worker(process, label, role, clock.nanos(), wall.instant());
    launched.add(w);
    return w;
  }

  static UncheckedIOException cannotStartJvm() {
    return new UncheckedIOException(
        "cannot start a worker JVM: java -cp faultline.jar",
        new IOException("error=24, Too many open files"));
  }

  /** The loop's first step and first turn: a worker starts for every slot. */
  void start() {
    pool.startWorkers();
    pool.turnNow();
  }

  /**
   * Every worker still starting says hello; a worker exits when its socket is closed, and its
   * connection ends when it exits, as with a real JVM.
   */
  void helloAll() {
    for (Worker w : List.copyOf(launched)) {
      if (w.state() == Worker.State.STARTING && ((FakeProcess) w.process).alive) {
        EmbeddedChannel channel = new EmbeddedChannel();
        channel.closeFuture().addListener(f -> ((FakeProcess) w.process).exit(0));
        w.process.onExit().thenRun(() -> pool.post(new PoolEvent.Disconnected(w.pid)));
        pool.post(new PoolEvent.Connected(w.pid, channel));
      }
    }
    pool.turnNow();
  }

  void exit(Worker w, int status) {
    ((FakeProcess) w.process).exit(status);
    pool.turnNow();
  }

  void advance(Duration d) {
    wall.advance(d);
    pool.turnNow();
  }

  /** Time passes in half-second steps while every ready worker sends its heartbeats. */
  void advanceBeating(Duration d) {
    for (long left = d.toMillis(); left > 0; left -= 500) {
      for (Worker w : List.copyOf(launched)) {
        if (w.state() == Worker.State.READY) {
          pool.post(new PoolEvent.Answered(w.pid, new IpcMessage.Heartbeat(1), clock.nanos()));
        }
      }
      advance(Duration.ofMillis(Math.min(500, left)));
    }
  }

  CompletableFuture<JobResult> submit(String fault) {
    long id = nextJob++;
    CompletableFuture<JobResult> reply = new CompletableFuture<>();
    pool.post(
        new PoolEvent.Submitted(
            new Job(id, id, 1, fault, "GET /work?input=" + id + "&fault=" + fault), reply));
    pool.turnNow();
    return reply;
  }

  /** The worker answers job {@code jobId}. */
  void answer(Worker w, long jobId) {
    pool.post(new PoolEvent.Answered(w.pid, new IpcMessage.JobDone(jobId, 42), clock.nanos()));
    pool.turnNow();
  }

  /** The jobs sent to {@code w}, by id. */
  static List<Long> sentTo(Worker w) {
    return ((EmbeddedChannel) w.channel())
        .outboundMessages().stream()
            .filter(m -> m instanceof IpcMessage.JobRequest)
            .map(m -> ((IpcMessage.JobRequest) m).jobId())
            .toList();
  }

  JsonObject status() {
    CompletableFuture<JsonObject> reply = new CompletableFuture<>();
    pool.post(new PoolEvent.StatusWanted(reply));
    pool.turnNow();
    return reply.join();
  }

  void stop() {
    CompletableFuture<Void> done = new CompletableFuture<>();
    pool.post(new PoolEvent.StopWanted(done));
    pool.turnNow();
    done.join();
  }

  /** The lines of {@code crash-events.jsonl} with this {@code event}. */
  List<JsonObject> crashEvents(String event) {
    Path file = runDir.resolve(CrashFiles.LOG);
    try {
      return !Files.exists(file)
          ? List.of()
          : Files.readAllLines(file).stream()
              .map(JsonObject::new)
              .filter(j -> event.equals(j.getString("event")))
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
