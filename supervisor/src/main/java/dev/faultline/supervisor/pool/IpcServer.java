package dev.faultline.supervisor.pool;

import dev.faultline.worker.ipc.IpcPipeline;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerDomainSocketChannel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The master's end of the IPC: a Unix domain socket in the run directory that every worker connects
 * to. Socket events become {@link PoolEvent}s; nothing here decides anything.
 */
final class IpcServer implements AutoCloseable {
  private final EventLoopGroup group =
      new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
  private final Path socket;
  private Channel serverChannel;

  IpcServer(Path socket) {
    this.socket = socket;
  }

  void bind(Consumer<PoolEvent> events) {
    try {
      Files.deleteIfExists(socket);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove stale socket " + socket, e);
    }
    serverChannel =
        new ServerBootstrap()
            .group(group)
            .channel(NioServerDomainSocketChannel.class)
            .childHandler(
                new ChannelInitializer<Channel>() {
                  @Override
                  protected void initChannel(Channel ch) {
                    IpcPipeline.init(ch.pipeline(), new MasterChannelHandler(events));
                  }
                })
            .bind(UnixDomainSocketAddress.of(socket))
            .syncUninterruptibly()
            .channel();
  }

  Path socket() {
    return socket;
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
