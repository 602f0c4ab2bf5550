package dev.faultline.worker;

import dev.faultline.worker.ipc.IpcMessage;
import dev.faultline.worker.ipc.IpcMessage.Drain;
import dev.faultline.worker.ipc.IpcMessage.JobRequest;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;

/**
 * The worker's end of the socket: hands each job to the job threads, writes each answer back, and
 * on {@link Drain} finishes what it has, then closes the connection (the worker then exits).
 */
final class WorkerChannelHandler extends SimpleChannelInboundHandler<IpcMessage> {
  private final JobService jobs;
  private final TestHooks hooks;

  WorkerChannelHandler(JobService jobs, TestHooks hooks) {
    this.jobs = jobs;
    this.hooks = hooks;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, IpcMessage msg) {
    if (msg instanceof JobRequest job) {
      if (hooks.stallsLoop(job.input())) {
        TestHooks.spin(); // test hook: this event loop, and with it the heartbeat, stops here
      }
      jobs.submit(job, answer -> answer(ctx.channel(), answer));
    } else if (msg instanceof Drain) {
      jobs.drain(() -> ctx.channel().close());
    } else {
      throw new IllegalStateException("a worker only takes JobRequest and Drain, got " + msg);
    }
  }

  /**
   * Writes an answer and, on a job thread, waits until it is in the socket before the thread takes
   * its next job: if that job kills the worker, this answer still reaches the master, which then
   * does not blame the job that had finished.
   */
  private static void answer(Channel ch, IpcMessage answer) {
    ChannelFuture written = ch.writeAndFlush(answer);
    if (!ch.eventLoop().inEventLoop()) {
      written.awaitUninterruptibly();
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    System.err.println("IPC error, closing the connection to the master: " + cause);
    ctx.close();
  }
}
