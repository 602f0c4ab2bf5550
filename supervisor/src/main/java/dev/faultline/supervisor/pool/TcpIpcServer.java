package dev.faultline.supervisor.pool;

import dev.faultline.worker.ipc.IpcPipeline;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * IPC over TCP on loopback (127.0.0.1, a port the kernel picks), with Netty's epoll transport where
 * it loads, else NIO. Any local process may connect to a loopback port, so a peer counts only once
 * its hello carries the secret of a running worker of this master ({@link WorkerAdmission}).
 */
final class TcpIpcServer extends IpcServer {
  private static final String LOOPBACK = "127.0.0.1";
  private final boolean epoll = Epoll.isAvailable();
  private final EventLoopGroup group =
      new MultiThreadIoEventLoopGroup(
          1, epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
  private final WorkerAdmission admission;
  private Channel serverChannel;

  TcpIpcServer(WorkerAdmission admission) {
    this.admission = admission;
  }

  @Override
  void bind(Consumer<PoolEvent> events) {
    Class<? extends ServerChannel> type =
        epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
    serverChannel =
        new ServerBootstrap()
            .group(group)
            .channel(type)
            .childOption(ChannelOption.TCP_NODELAY, true) // small frames: Nagle only delays them
            .childHandler(
                new ChannelInitializer<Channel>() {
                  @Override
                  protected void initChannel(Channel ch) {
                    IpcPipeline.init(
                        ch.pipeline(), new MasterChannelHandler(events, admission::admits));
                  }
                })
            .bind(new InetSocketAddress(LOOPBACK, 0))
            .syncUninterruptibly()
            .channel();
  }

  @Override
  String workerEndpoint() {
    return "tcp:" + LOOPBACK + ":" + ((InetSocketAddress) serverChannel.localAddress()).getPort();
  }

  @Override
  public void close() {
    if (serverChannel != null) {
      serverChannel.close().syncUninterruptibly();
    }
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }
}
