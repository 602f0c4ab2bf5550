package dev.faultline.supervisor.pool;

import dev.faultline.worker.ipc.IpcPipeline;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollDomainSocketChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.unix.DomainSocketAddress;
import io.netty.channel.unix.PeerCredentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default IPC transport: a Unix domain socket in the run directory that every worker connects
 * to. Only processes this master started may talk on it: the kernel tells the peer's pid
 * (SO_PEERCRED, through Netty's epoll transport), and any other peer is closed before it can send a
 * byte; then its hello must carry its secret, as on every transport.
 */
final class UdsIpcServer extends IpcServer {
  private static final Logger LOG = LoggerFactory.getLogger("pool");
  private final EventLoopGroup group;
  private final Path socket;
  private final WorkerAdmission admission;
  private Channel serverChannel;

  UdsIpcServer(Path socket, WorkerAdmission admission) {
    if (!Epoll.isAvailable()) {
      throw new IllegalStateException(
          "the IPC socket needs Netty's epoll transport (Linux) to check who connects",
          Epoll.unavailabilityCause());
    }
    this.group = new MultiThreadIoEventLoopGroup(1, EpollIoHandler.newFactory());
    this.socket = socket;
    this.admission = admission;
  }

  @Override
  void bind(Consumer<PoolEvent> events) {
    try {
      Files.deleteIfExists(socket);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove stale socket " + socket, e);
    }
    serverChannel =
        new ServerBootstrap()
            .group(group)
            .channel(EpollServerDomainSocketChannel.class)
            .childHandler(
                new ChannelInitializer<EpollDomainSocketChannel>() {
                  @Override
                  protected void initChannel(EpollDomainSocketChannel ch) {
                    if (admitted(ch)) {
                      IpcPipeline.init(
                          ch.pipeline(), new MasterChannelHandler(events, admission::admits));
                    } else {
                      ch.close();
                    }
                  }
                })
            .bind(new DomainSocketAddress(socket.toFile()))
            .syncUninterruptibly()
            .channel();
  }

  private boolean admitted(EpollDomainSocketChannel ch) {
    try {
      PeerCredentials peer = ch.peerCredentials();
      if (admission.startedHere(peer.pid())) {
        return true;
      }
      LOG.warn(
          "IPC: refused a connection from pid {} (uid {}): not a worker this master started",
          peer.pid(),
          peer.uid());
    } catch (IOException e) {
      LOG.warn("IPC: refused a connection whose peer cannot be told: {}", e.toString());
    }
    return false;
  }

  @Override
  String workerEndpoint() {
    return socket.toString();
  }

  @Override
  public void close() {
    if (serverChannel != null) {
      serverChannel.close().syncUninterruptibly();
    }
    group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
    try {
      Files.deleteIfExists(socket);
    } catch (IOException ignored) {
      // the run directory is left for the reader anyway
    }
  }
}
