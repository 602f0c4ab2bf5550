package dev.faultline.supervisor.pool;

import dev.faultline.worker.ipc.IpcMessage;
import dev.faultline.worker.ipc.IpcMessage.Hello;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One worker's connection, seen from the master: turns what it reads into pool events, stamped with
 * the time they arrived (a busy loop must not make a heartbeat look late). The first message must
 * be a {@link Hello} that {@link WorkerAdmission} admits; any other peer is logged and closed
 * before anything it sends counts.
 */
final class MasterChannelHandler extends SimpleChannelInboundHandler<IpcMessage> {
  private static final Logger LOG = LoggerFactory.getLogger(MasterChannelHandler.class);
  private final Consumer<PoolEvent> events;
  private final Predicate<Hello> admits;
  private long pid = -1;

  MasterChannelHandler(Consumer<PoolEvent> events, Predicate<Hello> admits) {
    this.events = events;
    this.admits = admits;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, IpcMessage msg) {
    if (pid < 0 && msg instanceof Hello hello && !admits.test(hello)) {
      LOG.warn("IPC: refused {}: not a running worker of this master with its secret", hello);
      ctx.close();
    } else if (msg instanceof Hello hello) {
      pid = hello.pid();
      events.accept(new PoolEvent.Connected(pid, ctx.channel(), hello.start()));
    } else if (pid < 0) {
      throw new IllegalStateException("a worker must say Hello first, got " + msg);
    } else {
      events.accept(new PoolEvent.Answered(pid, msg, System.nanoTime()));
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    if (pid >= 0) {
      events.accept(new PoolEvent.Disconnected(pid));
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    LOG.warn("worker pid {}: IPC error, closing its connection: {}", pid, cause.toString());
    ctx.close();
  }
}
