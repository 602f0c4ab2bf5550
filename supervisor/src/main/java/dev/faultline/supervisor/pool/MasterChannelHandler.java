package dev.faultline.supervisor.pool;

import dev.faultline.worker.ipc.IpcMessage;
import dev.faultline.worker.ipc.IpcMessage.Hello;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One worker's connection, seen from the master: turns what it reads into pool events. */
final class MasterChannelHandler extends SimpleChannelInboundHandler<IpcMessage> {
  private static final Logger LOG = LoggerFactory.getLogger(MasterChannelHandler.class);
  private final Consumer<PoolEvent> events;
  private int workerId = -1;
  private long pid = -1;

  MasterChannelHandler(Consumer<PoolEvent> events) {
    this.events = events;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, IpcMessage msg) {
    if (msg instanceof Hello hello) {
      workerId = hello.workerId();
      pid = hello.pid();
      events.accept(new PoolEvent.Connected(workerId, pid, ctx.channel()));
    } else if (workerId < 0) {
      throw new IllegalStateException("a worker must say Hello first, got " + msg);
    } else {
      events.accept(new PoolEvent.Answered(workerId, msg));
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    if (workerId >= 0) {
      events.accept(new PoolEvent.Disconnected(workerId, pid));
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    LOG.warn("worker {} (pid {}) IPC error, closing its connection: {}", workerId, pid, cause.toString());
    ctx.close();
  }
}
