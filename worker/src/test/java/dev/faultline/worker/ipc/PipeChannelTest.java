package dev.faultline.worker.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.worker.ipc.IpcMessage.JobDone;
import dev.faultline.worker.ipc.IpcMessage.JobRequest;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.local.LocalIoHandler;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two ends of an IPC connection over real OS pipes (java.nio Pipe), as master and worker use. */
class PipeChannelTest {
  private final EventLoopGroup group =
      new MultiThreadIoEventLoopGroup(1, LocalIoHandler.newFactory());
  private final BlockingQueue<IpcMessage> atB = new LinkedBlockingQueue<>();
  private final BlockingQueue<IpcMessage> atA = new LinkedBlockingQueue<>();

  @AfterEach
  void stop() {
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }

  private static final class Collect extends SimpleChannelInboundHandler<IpcMessage> {
    private final BlockingQueue<IpcMessage> into;

    Collect(BlockingQueue<IpcMessage> into) {
      this.into = into;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, IpcMessage msg) {
      into.add(msg);
    }
  }

  private Channel[] connectedPair() throws IOException {
    Pipe aToB = Pipe.open();
    Pipe bToA = Pipe.open();
    Channel a =
        PipeChannel.open(
            group,
            Channels.newInputStream(bToA.source()),
            Channels.newOutputStream(aToB.sink()),
            new Collect(atA),
            "a");
    Channel b =
        PipeChannel.open(
            group,
            Channels.newInputStream(aToB.source()),
            Channels.newOutputStream(bToA.sink()),
            new Collect(atB),
            "b");
    return new Channel[] {a, b};
  }

  @Test
  void shouldCarryFramesBothWaysInOrderWhenBothEndsArePipeChannels() throws Exception {
    Channel[] ends = connectedPair();

    for (long id = 1; id <= 100; id++) {
      ends[0].write(new JobRequest(id, id * 3, 1, id == 50 ? "exit" : ""));
    }
    ends[0].flush();
    ends[1].writeAndFlush(new JobDone(7, 42)).sync();

    for (long id = 1; id <= 100; id++) {
      assertThat(atB.poll(5, TimeUnit.SECONDS))
          .isEqualTo(new JobRequest(id, id * 3, 1, id == 50 ? "exit" : ""));
    }
    assertThat(atA.poll(5, TimeUnit.SECONDS)).isEqualTo(new JobDone(7, 42));
  }

  @Test
  void shouldCloseTheOtherEndWhenOneEndClosesItsOutputAsADyingProcessWould() throws Exception {
    Channel[] ends = connectedPair();

    ends[0].close().sync();

    assertThat(ends[1].closeFuture().await(5, TimeUnit.SECONDS))
        .as("end of file on b's input closes b")
        .isTrue();
  }
}
