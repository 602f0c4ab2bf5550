package dev.faultline.worker.ipc;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.ClosedChannelException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/**
 * The head of a {@link PipeChannel}'s pipeline: writes outgoing frames into the output pipe on a
 * thread of its own, so a peer that stops reading (a stopped or stuck process) blocks only this
 * thread, never an event loop. A write's promise completes once its bytes are flushed into the
 * pipe, as it would once they were in a socket: a worker that waits for its answer to be written
 * before its next job may crash in that job without losing the answer. Writes up to a flush leave
 * in one syscall; when the channel closes, the pipe is closed after what was queued.
 */
final class PipeWriter extends ChannelDuplexHandler {
  private static final int BUFFER_BYTES = 64 * 1024;
  private final OutputStream out;
  private final ExecutorService writer;
  private final List<ChannelPromise> unflushed = new ArrayList<>(); // the writer thread's only

  PipeWriter(OutputStream out, String name) {
    this.out = new BufferedOutputStream(out, BUFFER_BYTES);
    this.writer =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, name + "-pipe-out");
              t.setDaemon(true);
              return t;
            });
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
    ByteBuf buf = (ByteBuf) msg;
    try {
      writer.execute(() -> writeOut(ctx, buf, promise));
    } catch (RejectedExecutionException closed) {
      buf.release();
      promise.setFailure(new ClosedChannelException());
    }
  }

  @Override
  public void flush(ChannelHandlerContext ctx) {
    try {
      writer.execute(() -> flushOut(ctx));
    } catch (RejectedExecutionException closed) {
      // the pipe is closed; every queued write has been failed or written
    }
  }

  private void writeOut(ChannelHandlerContext ctx, ByteBuf buf, ChannelPromise promise) {
    try {
      buf.readBytes(out, buf.readableBytes());
      unflushed.add(promise);
    } catch (IOException e) {
      promise.setFailure(e);
      ctx.channel().close(); // the reader is gone: the same as a closed socket
    } finally {
      buf.release();
    }
  }

  private void flushOut(ChannelHandlerContext ctx) {
    try {
      out.flush();
      unflushed.forEach(ChannelPromise::trySuccess);
    } catch (IOException e) {
      unflushed.forEach(p -> p.tryFailure(e));
      ctx.channel().close();
    }
    unflushed.clear();
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    writer.execute(this::closeOutput);
    writer.shutdown();
    ctx.fireChannelInactive();
  }

  private void closeOutput() {
    try {
      out.close(); // flushes what is left
      unflushed.forEach(ChannelPromise::trySuccess);
    } catch (IOException e) {
      unflushed.forEach(p -> p.tryFailure(e));
    }
    unflushed.clear();
  }
}
