package dev.faultline.worker;

import dev.faultline.config.ExitCodes;
import dev.faultline.worker.ipc.IpcMessage.Heartbeat;
import dev.faultline.worker.ipc.IpcMessage.Hello;
import dev.faultline.worker.ipc.IpcPipeline;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioDomainSocketChannel;
import io.netty.util.internal.logging.InternalLoggerFactory;
import io.netty.util.internal.logging.JdkLoggerFactory;
import java.net.UnixDomainSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Entry point of a worker JVM: {@code WorkerMain <id> <socket-path> <job-threads>
 * [<heartbeat-ms>]}, started by the master. It connects to the master's socket, says {@link Hello},
 * sends a {@link Heartbeat} every interval from its event loop, and serves jobs until the master
 * goes away or tells it to drain. The socket closing or its stdin reaching end of file (both happen
 * when the master dies, even by SIGKILL) ends the worker at once: no orphans.
 */
public final class WorkerMain {
  /** What a worker says, last, before it exits with {@link ExitCodes#STATE_CORRUPTED}. */
  public static final String STATE_CORRUPTED = "result cache failed its integrity check";

  private WorkerMain() {}

  public static void main(String[] args) {
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
    ParentWatch.onStdinEof(() -> Runtime.getRuntime().halt(ExitCodes.OK));
    EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    JobService jobs =
        new JobService(
            a.id(),
            a.jobThreads(),
            new JobExecution(new ResultCache(), () -> exitBecauseStateIsCorrupt(a.id())),
            hooks);
    try {
      Channel ch = connect(group, a, new WorkerChannelHandler(jobs, hooks));
      ch.writeAndFlush(new Hello(a.id(), ProcessHandle.current().pid()));
      startHeartbeat(ch, a.heartbeatMillis());
      ch.closeFuture().syncUninterruptibly();
      Runtime.getRuntime().halt(ExitCodes.OK);
    } catch (RuntimeException e) {
      System.err.println("worker " + a.id() + ": cannot reach master at " + a.socket() + ": " + e);
      Runtime.getRuntime().halt(ExitCodes.WORKER_BOOT_FAILED);
    }
  }

  private static Channel connect(EventLoopGroup group, WorkerArgs a, WorkerChannelHandler handler) {
    Bootstrap b =
        new Bootstrap()
            .group(group)
            .channel(NioDomainSocketChannel.class)
            .handler(
                new ChannelInitializer<Channel>() {
                  @Override
                  protected void initChannel(Channel ch) {
                    IpcPipeline.init(ch.pipeline(), handler);
                  }
                });
    return b.connect(UnixDomainSocketAddress.of(a.socket())).syncUninterruptibly().channel();
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
