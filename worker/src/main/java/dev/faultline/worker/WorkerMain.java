package dev.faultline.worker;

import dev.faultline.config.ExitCodes;
import dev.faultline.worker.ipc.IpcMessage.Heartbeat;
import dev.faultline.worker.ipc.IpcMessage.Hello;
import dev.faultline.worker.ipc.IpcPipeline;
import io.netty.channel.Channel;
import io.netty.util.internal.logging.InternalLoggerFactory;
import io.netty.util.internal.logging.JdkLoggerFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Entry point of a worker JVM: {@code WorkerMain <id> <endpoint> <job-threads> [<heartbeat-ms>]},
 * started by the master. It connects to the master ({@link MasterLink}: a Unix domain socket, TCP
 * or its own stdin and stdout), says {@link Hello} with the secret the master gave it, sends a
 * {@link Heartbeat} every interval from its event loop, and serves jobs until the master goes away
 * or tells it to drain. The connection closing or its stdin reaching end of file (both happen when
 * the master dies, even by SIGKILL; with pipes they are the same event) ends the worker at once: no
 * orphans.
 */
public final class WorkerMain {
  /** What a worker says, last, before it exits with {@link ExitCodes#STATE_CORRUPTED}. */
  public static final String STATE_CORRUPTED = "result cache failed its integrity check";

  private WorkerMain() {}

  public static void main(String[] args) {
    StartClock start = new StartClock();
    // Before any Netty class asks for a logger: Netty's own detection would find SLF4J in the jar
    // and pull Logback and its XML configuration in (about 250 classes, a tenth of the start-up)
    // for the few lines a worker ever writes.
    InternalLoggerFactory.setDefaultFactory(JdkLoggerFactory.INSTANCE);
    WorkerArgs a = WorkerArgs.parse(args);
    TestHooks hooks = TestHooks.fromEnvironment();
    if (hooks.refusesToBoot()) {
      System.err.println("worker " + a.id() + ": test hook boot-exit-if: refusing to boot");
      Runtime.getRuntime().halt(ExitCodes.TEST_BOOT_FAILURE);
    }
    if (!MasterLink.usesStdin(a.endpoint())) {
      ParentWatch.onStdinEof(() -> Runtime.getRuntime().halt(ExitCodes.OK));
    }
    JobService jobs =
        new JobService(
            a.id(),
            a.jobThreads(),
            new JobExecution(new ResultCache(), () -> exitBecauseStateIsCorrupt(a.id())),
            hooks);
    start.setUp();
    try {
      Channel ch = MasterLink.connect(a.endpoint(), new WorkerChannelHandler(jobs, hooks), start);
      start.connected();
      ch.writeAndFlush(
          new Hello(a.id(), ProcessHandle.current().pid(), secret(), start.helloSent()));
      startHeartbeat(ch, a.heartbeatMillis());
      ch.closeFuture().syncUninterruptibly();
      Runtime.getRuntime().halt(ExitCodes.OK);
    } catch (RuntimeException e) {
      System.err.println(
          "worker " + a.id() + ": cannot reach master at " + a.endpoint() + ": " + e);
      Runtime.getRuntime().halt(ExitCodes.WORKER_BOOT_FAILED);
    }
  }

  private static String secret() {
    String secret = System.getenv(IpcPipeline.SECRET_ENV);
    return secret == null ? "" : secret;
  }

  /** On the channel's own event loop: if that loop stops, so do the heartbeats. */
  private static void startHeartbeat(Channel ch, long intervalMillis) {
    AtomicLong sequence = new AtomicLong();
    ch.eventLoop()
        .scheduleAtFixedRate(
            () -> ch.writeAndFlush(new Heartbeat(sequence.incrementAndGet())),
            intervalMillis,
            intervalMillis,
            TimeUnit.MILLISECONDS);
  }

  /** Halts, not exits: nothing may run, and nothing may be answered, from a corrupted state. */
  private static void exitBecauseStateIsCorrupt(int id) {
    System.err.println(
        "worker "
            + id
            + ": "
            + STATE_CORRUPTED
            + " after a job; exiting with status "
            + ExitCodes.STATE_CORRUPTED
            + " so that a fresh worker replaces this one");
    System.err.flush();
    Runtime.getRuntime().halt(ExitCodes.STATE_CORRUPTED);
  }
}
