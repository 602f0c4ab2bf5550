package dev.faultline.supervisor.launch;

import dev.faultline.worker.ipc.IpcMessage;
import dev.faultline.worker.ipc.IpcMessage.Drain;
import dev.faultline.worker.ipc.IpcMessage.Heartbeat;
import dev.faultline.worker.ipc.IpcMessage.Hello;
import dev.faultline.worker.ipc.IpcMessage.JobRequest;
import dev.faultline.worker.ipc.IpcPipeline;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerDomainSocketChannel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The master a training worker talks to while its start-up archive is recorded: it takes the
 * worker's hello, sends it a burst of plain jobs (so the archive holds the classes of the whole job
 * path, not just of the boot), and once every one is answered tells it to drain, so the worker
 * exits the way it always does and the JVM writes the archive on the way out.
 */
final class TrainingMaster implements AutoCloseable {
  static final int JOBS = 64;

  private final EventLoopGroup group =
      new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
  private final Path socket;
  private Channel server;

  TrainingMaster(Path socket) {
    this.socket = socket;
  }

  void bind() {
    try {
      Files.deleteIfExists(socket);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove stale socket " + socket, e);
    }
    server =
        new ServerBootstrap()
            .group(group)
            .channel(NioServerDomainSocketChannel.class)
            .childHandler(
                new ChannelInitializer<Channel>() {
                  @Override
                  protected void initChannel(Channel ch) {
                    IpcPipeline.init(ch.pipeline(), new Trainer());
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
    if (server != null) {
      server.close().syncUninterruptibly();
    }
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    try {
      Files.deleteIfExists(socket);
    } catch (IOException ignored) {
      // a leftover socket in the run directory harms nothing
    }
  }

  /** One training worker's connection: hello, a burst of jobs, drain. */
  private static final class Trainer extends SimpleChannelInboundHandler<IpcMessage> {
    private int answered;

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, IpcMessage msg) {
      if (msg instanceof Hello) {
        for (int i = 0; i < JOBS; i++) {
          ctx.write(new JobRequest(i + 1, i, i % 2, ""));
        }
        ctx.flush();
      } else if (!(msg instanceof Heartbeat) && ++answered == JOBS) {
        ctx.writeAndFlush(new Drain());
      }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      ctx.close(); // the worker then exits, and the training run is judged by its result
    }
  }
}
