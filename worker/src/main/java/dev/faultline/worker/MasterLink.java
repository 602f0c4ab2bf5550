package dev.faultline.worker;

import dev.faultline.worker.ipc.IpcPipeline;
import dev.faultline.worker.ipc.PipeChannel;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.local.LocalIoHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioDomainSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;

/**
 * The worker's connection to its master, over the transport its endpoint argument names: {@value
 * IpcPipeline#PIPE_ENDPOINT} (frames on this JVM's stdin and stdout), {@code tcp:HOST:PORT} (TCP on
 * loopback), or otherwise the path of the master's Unix domain socket.
 */
final class MasterLink {
  private static final String TCP_PREFIX = "tcp:";

  private MasterLink() {}

  /** True when stdin carries frames: its end of file then closes the channel itself. */
  static boolean usesStdin(String endpoint) {
    return IpcPipeline.PIPE_ENDPOINT.equals(endpoint);
  }

  /** Connects; marks {@code start} once Netty is set up, before it connects. */
  static Channel connect(String endpoint, ChannelHandler handler, StartClock start) {
    if (usesStdin(endpoint)) {
      return overPipes(handler, start);
    }
    EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    boolean tcp = endpoint.startsWith(TCP_PREFIX);
    Bootstrap b =
        new Bootstrap()
            .group(group)
            .channel(tcp ? NioSocketChannel.class : NioDomainSocketChannel.class)
            .handler(
                new ChannelInitializer<Channel>() {
                  @Override
                  protected void initChannel(Channel ch) {
                    IpcPipeline.init(ch.pipeline(), handler);
                  }
                });
    if (tcp) {
      b.option(ChannelOption.TCP_NODELAY, true); // frames are small: Nagle would only delay them
    }
    start.nettyReady();
    return b.connect(address(endpoint, tcp)).syncUninterruptibly().channel();
  }

  private static SocketAddress address(String endpoint, boolean tcp) {
    if (!tcp) {
      return UnixDomainSocketAddress.of(endpoint);
    }
    String hostPort = endpoint.substring(TCP_PREFIX.length());
    int colon = hostPort.lastIndexOf(':');
    return new InetSocketAddress(
        hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
  }

  /**
   * Stdout carries frames from here on: anything else this JVM prints goes to stderr (the master
   * logs that), and the master started it with VM output on stderr too.
   */
  private static Channel overPipes(ChannelHandler handler, StartClock start) {
    FileOutputStream frames = new FileOutputStream(FileDescriptor.out);
    System.setOut(System.err);
    EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, LocalIoHandler.newFactory());
    start.nettyReady();
    return PipeChannel.open(
        group, new FileInputStream(FileDescriptor.in), frames, handler, "master");
  }
}
