package dev.faultline.worker.ipc;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.local.LocalAddress;
import io.netty.channel.local.LocalChannel;
import io.netty.channel.local.LocalServerChannel;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;

/**
 * An IPC channel over a pair of pipes (a worker's stdin and stdout, seen from either end). Netty
 * has no pipe channel, so this is a pair of in-JVM {@link LocalChannel}s: the returned end carries
 * the usual {@link IpcPipeline}, with a {@link PipeWriter} in front that writes its frames into the
 * output pipe; the other end only feeds it what a blocking reader thread reads from the input pipe.
 * End of file on the input closes the channel, just as a closed socket does, and a closed channel
 * closes the output, which the other side reads as end of file.
 *
 * @see PipeWriter
 */
public final class PipeChannel {
  private static final int READ_CHUNK = 8192;

  private PipeChannel() {}

  /**
   * @param group a local-transport group ({@code LocalIoHandler}); its loop is the channel's loop
   */
  public static Channel open(
      EventLoopGroup group, InputStream in, OutputStream out, ChannelHandler handler, String name) {
    LocalAddress address = new LocalAddress(PipeChannel.class);
    CompletableFuture<Channel> ipc = new CompletableFuture<>();
    Channel server =
        new ServerBootstrap()
            .group(group)
            .channel(LocalServerChannel.class)
            .childHandler(
                new ChannelInitializer<LocalChannel>() {
                  @Override
                  protected void initChannel(LocalChannel ch) {
                    IpcPipeline.init(ch.pipeline(), handler);
                    ch.pipeline().addFirst("pipeWriter", new PipeWriter(out, name));
                    ipc.complete(ch);
                  }
                })
            .bind(address)
            .syncUninterruptibly()
            .channel();
    Channel raw =
        new Bootstrap()
            .group(group)
            .channel(LocalChannel.class)
            .handler(new ChannelInboundHandlerAdapter()) // writes all go out through PipeWriter
            .connect(address)
            .syncUninterruptibly()
            .channel();
    server.close(); // one connection per pipe pair: nothing else may connect
    startReader(in, raw, name);
    return ipc.join();
  }

  private static void startReader(InputStream in, Channel raw, String name) {
    Thread t = new Thread(() -> pump(in, raw), name + "-pipe-in");
    t.setDaemon(true);
    t.start();
  }

  private static void pump(InputStream in, Channel raw) {
    byte[] chunk = new byte[READ_CHUNK];
    try (in) {
      for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
        ByteBuf buf = raw.alloc().buffer(n).writeBytes(chunk, 0, n);
        raw.writeAndFlush(buf);
      }
    } catch (IOException e) {
      // a broken pipe means the same as end of file: the other side is gone
    }
    raw.close();
  }
}
