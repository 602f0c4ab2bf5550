package dev.faultline.worker.ipc;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.netty.handler.flush.FlushConsolidationHandler;

/**
 * The whole IPC protocol stack, the same on both ends of the socket. Both ends pipeline: many
 * requests are in flight on one connection at once, each answer carries its request's job id, and
 * answers come back in the order jobs finish. Writes come from threads other than the event loop
 * (the master's pool loop, the worker's job threads), so every write is flushed through {@link
 * FlushConsolidationHandler}: a burst of messages written close together leaves in one syscall, not
 * one per message.
 */
public final class IpcPipeline {
  /** Frames are small; anything larger is a corrupted stream. */
  public static final int MAX_FRAME_BYTES = 1 << 20;

  /** Flushes that may be held back at most before one goes out anyway. */
  static final int FLUSHES_PER_SYSCALL = 64;

  private static final int LENGTH_BYTES = 4;

  private IpcPipeline() {}

  public static void init(ChannelPipeline p, ChannelHandler handler) {
    p.addLast("flushConsolidation", new FlushConsolidationHandler(FLUSHES_PER_SYSCALL, true));
    p.addLast(
        "frameDecoder",
        new LengthFieldBasedFrameDecoder(MAX_FRAME_BYTES, 0, LENGTH_BYTES, 0, LENGTH_BYTES));
    p.addLast("codec", new IpcCodec());
    p.addLast("handler", handler);
  }
}
