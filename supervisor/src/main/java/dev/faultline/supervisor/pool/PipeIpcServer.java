package dev.faultline.supervisor.pool;

import dev.faultline.worker.ipc.IpcPipeline;
import dev.faultline.worker.ipc.PipeChannel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.local.LocalIoHandler;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * IPC over each worker's stdin and stdout: no socket at all, the pipes the JVM was started with
 * carry the frames ({@link PipeChannel}, one blocking reader thread and one writer thread per
 * worker). Nobody else holds these pipes, and the hello must still carry the worker's secret. The
 * worker's stdout is no longer its log: it writes to stderr, and so does its JVM (the flags below),
 * which the master forwards as it does the merged output on other transports. End of file on the
 * worker's stdin still means its master is gone.
 */
final class PipeIpcServer extends IpcServer {
  /** Frames own stdout: the JVM's own messages (warnings, the crash banner) go to stderr. */
  static final List<String> VM_OUTPUT_TO_STDERR =
      List.of("-XX:+DisplayVMOutputToStderr", "-Xlog:disable", "-Xlog:all=warning:stderr");

  private final EventLoopGroup group =
      new MultiThreadIoEventLoopGroup(1, LocalIoHandler.newFactory());
  private final WorkerAdmission admission;
  private Consumer<PoolEvent> events;

  PipeIpcServer(WorkerAdmission admission) {
    this.admission = admission;
  }

  @Override
  void bind(Consumer<PoolEvent> events) {
    this.events = events;
  }

  @Override
  String workerEndpoint() {
    return IpcPipeline.PIPE_ENDPOINT;
  }

  @Override
  List<String> workerJvmFlags() {
    return VM_OUTPUT_TO_STDERR;
  }

  @Override
  boolean framesOnStdout() {
    return true;
  }

  @Override
  InputStream attach(Process process, String name) {
    PipeChannel.open(
        group,
        process.getInputStream(),
        process.getOutputStream(),
        new MasterChannelHandler(events, admission::admits),
        name);
    return process.getErrorStream();
  }

  @Override
  public void close() {
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }
}
