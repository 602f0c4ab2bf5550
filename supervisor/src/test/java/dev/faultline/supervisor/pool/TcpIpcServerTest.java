package dev.faultline.supervisor.pool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.worker.ipc.IpcMessage.Hello;
import dev.faultline.worker.ipc.IpcPipeline;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.net.InetSocketAddress;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The TCP transport lets in only a hello with the secret of a running worker of this master. */
class TcpIpcServerTest {
  private static final long PID = 4242;
  private final WorkerAdmission admission = new WorkerAdmission();
  private final BlockingQueue<PoolEvent> events = new LinkedBlockingQueue<>();
  private final TcpIpcServer server = new TcpIpcServer(admission);
  private final EventLoopGroup clients =
      new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());

  @AfterEach
  void stop() {
    clients.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    server.close();
  }

  private Channel connect() {
    String endpoint = server.workerEndpoint();
    assertThat(endpoint).startsWith("tcp:127.0.0.1:");
    int port = Integer.parseInt(endpoint.substring(endpoint.lastIndexOf(':') + 1));
    return new Bootstrap()
        .group(clients)
        .channel(NioSocketChannel.class)
        .handler(
            new ChannelInitializer<Channel>() {
              @Override
              protected void initChannel(Channel ch) {
                IpcPipeline.init(ch.pipeline(), new ChannelInboundHandlerAdapter());
              }
            })
        .connect(new InetSocketAddress("127.0.0.1", port))
        .syncUninterruptibly()
        .channel();
  }

  @Test
  void shouldCloseAPeerWhoseHelloLacksTheWorkersSecretWithoutAnEvent() throws Exception {
    admission.started(PID, admission.newSecret());
    server.bind(events::add);
    Channel intruder = connect();

    intruder.writeAndFlush(new Hello(1, PID, "guessed"));

    assertThat(intruder.closeFuture().await(5, TimeUnit.SECONDS)).as("closed by master").isTrue();
    assertThat(events.poll(200, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void shouldConnectAWorkerWhoseHelloCarriesItsSecret() throws Exception {
    String secret = admission.newSecret();
    admission.started(PID, secret);
    server.bind(events::add);
    Channel worker = connect();

    worker.writeAndFlush(new Hello(1, PID, secret));

    PoolEvent first = events.poll(5, TimeUnit.SECONDS);
    assertThat(first).isInstanceOf(PoolEvent.Connected.class);
    assertThat(((PoolEvent.Connected) first).pid()).isEqualTo(PID);
    assertThat(worker.isActive()).isTrue();
  }
}
