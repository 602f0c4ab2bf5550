package dev.faultline.supervisor.pool;

import dev.faultline.config.IpcTransport;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The master's end of the IPC, over the transport {@code serve --ipc} chose: a Unix domain socket
 * ({@link UdsIpcServer}, the default), TCP on loopback ({@link TcpIpcServer}) or each worker's
 * stdin and stdout ({@link PipeIpcServer}). Each carries the same {@link
 * dev.faultline.worker.ipc.IpcPipeline} with a {@link MasterChannelHandler}, so events, admission
 * and crash handling do not depend on the transport. Socket events become {@link PoolEvent}s;
 * nothing here decides anything.
 */
abstract class IpcServer implements AutoCloseable {
  static final String SOCKET_NAME = "ipc.sock";

  static IpcServer of(IpcTransport transport, Path runDir, WorkerAdmission admission) {
    return switch (transport) {
      case UDS -> new UdsIpcServer(runDir.resolve(SOCKET_NAME), admission);
      case TCP -> new TcpIpcServer(admission);
      case PIPE -> new PipeIpcServer(admission);
    };
  }

  /** Starts listening; every event of every worker connection goes to {@code events}. */
  abstract void bind(Consumer<PoolEvent> events);

  /** What a worker is told on its command line to find this end (see the worker's MasterLink). */
  abstract String workerEndpoint();

  /** JVM flags a worker needs on this transport. */
  List<String> workerJvmFlags() {
    return List.of();
  }

  /** True if the worker's stdout carries frames, so its log lines come on stderr alone. */
  boolean framesOnStdout() {
    return false;
  }

  /**
   * Called once a worker JVM runs; returns the stream its log lines come on (stdout and stderr
   * merged, unless {@link #framesOnStdout}).
   */
  InputStream attach(Process process, String name) {
    return process.getInputStream();
  }

  @Override
  public abstract void close();
}
