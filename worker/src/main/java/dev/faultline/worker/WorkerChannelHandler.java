package dev.faultline.worker;

import dev.faultline.worker.ipc.IpcMessage;
import dev.faultline.worker.ipc.IpcMessage.JobRequest;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;

/** The worker's end of the socket: hands each job to the job threads, writes each answer back. */
final class WorkerChannelHandler extends SimpleChannelInboundHandler<IpcMessage> {
  private final JobService jobs;

  WorkerChannelHandler(JobService jobs) {
    this.jobs = jobs;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, IpcMessage msg) {
    if (msg instanceof JobRequest job) {
      jobs.submit(job, ctx.channel()::writeAndFlush);
    } else {
      throw new IllegalStateException("a worker only takes JobRequest, got " + msg);
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    System.err.println("IPC error, closing the connection to the master: " + cause);
    ctx.close();
  }
}
