package dev.faultline.worker.ipc;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.netty.handler.codec.LengthFieldPrepender;

/** The whole IPC protocol stack, the same on both ends of the socket. */
public final class IpcPipeline {
  /** Frames are small; anything larger is a corrupted stream. */
  public static final int MAX_FRAME_BYTES = 1 << 20;

  private static final int LENGTH_BYTES = 4;

  private IpcPipeline() {}

  public static void init(ChannelPipeline p, ChannelHandler handler) {
    p.addLast(
        "frameDecoder",
        new LengthFieldBasedFrameDecoder(MAX_FRAME_BYTES, 0, LENGTH_BYTES, 0, LENGTH_BYTES));
    p.addLast("framePrepender", new LengthFieldPrepender(LENGTH_BYTES));
    p.addLast("codec", new IpcCodec());
    p.addLast("handler", handler);
  }
}
