package dev.faultline.worker.ipc;

import dev.faultline.worker.ipc.IpcMessage.Drain;
import dev.faultline.worker.ipc.IpcMessage.Heartbeat;
import dev.faultline.worker.ipc.IpcMessage.Hello;
import dev.faultline.worker.ipc.IpcMessage.JobDone;
import dev.faultline.worker.ipc.IpcMessage.JobFailed;
import dev.faultline.worker.ipc.IpcMessage.JobRequest;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.MessageToMessageCodec;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns one frame into one {@link IpcMessage} and back. Framing (the length prefix) is done by the
 * handlers before it in {@link IpcPipeline}; this codec sees the frame body only.
 *
 * <pre>
 * frame  = length:int32 (bytes that follow) | type:uint8 | payload
 * string = byteLength:uint16 | UTF-8 bytes
 *
 * type 1 Hello      workerId:int32  pid:int64
 * type 2 JobRequest jobId:int64  input:int64  cost:int32  fault:string
 * type 3 JobDone    jobId:int64  digest:int64
 * type 4 JobFailed  jobId:int64  error:string  message:string
 * type 5 Heartbeat  sequence:int64
 * type 6 Drain      (no payload)
 *
 * JobDone(jobId=7, digest=42) on the wire, 21 bytes:
 *   00 00 00 11 | 03 | 00 00 00 00 00 00 00 07 | 00 00 00 00 00 00 00 2a
 * </pre>
 *
 * All integers are big-endian. An unknown type closes the connection: both ends ship in the same
 * jar, so a mismatch is a bug, not a version to negotiate.
 */
public final class IpcCodec extends MessageToMessageCodec<ByteBuf, IpcMessage> {
  static final int HELLO = 1;
  static final int JOB_REQUEST = 2;
  static final int JOB_DONE = 3;
  static final int JOB_FAILED = 4;
  static final int HEARTBEAT = 5;
  static final int DRAIN = 6;
  private static final int MAX_STRING_BYTES = 0xFFFF;

  @Override
  protected void encode(ChannelHandlerContext ctx, IpcMessage msg, List<Object> out) {
    ByteBuf buf = ctx.alloc().buffer(32);
    if (msg instanceof Hello m) {
      buf.writeByte(HELLO).writeInt(m.workerId()).writeLong(m.pid());
    } else if (msg instanceof JobRequest m) {
      buf.writeByte(JOB_REQUEST).writeLong(m.jobId()).writeLong(m.input()).writeInt(m.cost());
      writeString(buf, m.fault());
    } else if (msg instanceof JobDone m) {
      buf.writeByte(JOB_DONE).writeLong(m.jobId()).writeLong(m.digest());
    } else if (msg instanceof JobFailed m) {
      buf.writeByte(JOB_FAILED).writeLong(m.jobId());
      writeString(buf, m.error());
      writeString(buf, m.message());
    } else if (msg instanceof Heartbeat m) {
      buf.writeByte(HEARTBEAT).writeLong(m.sequence());
    } else if (msg instanceof Drain) {
      buf.writeByte(DRAIN);
    }
    out.add(buf);
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    int type = in.readUnsignedByte();
    out.add(
        switch (type) {
          case HELLO -> new Hello(in.readInt(), in.readLong());
          case JOB_REQUEST ->
              new JobRequest(in.readLong(), in.readLong(), in.readInt(), readString(in));
          case JOB_DONE -> new JobDone(in.readLong(), in.readLong());
          case JOB_FAILED -> new JobFailed(in.readLong(), readString(in), readString(in));
          case HEARTBEAT -> new Heartbeat(in.readLong());
          case DRAIN -> new Drain();
          default -> throw new CorruptedFrameException("unknown IPC message type " + type);
        });
  }

  private static void writeString(ByteBuf buf, String s) {
    byte[] bytes = (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
    int len = Math.min(bytes.length, MAX_STRING_BYTES);
    while (len < bytes.length && len > 0 && (bytes[len] & 0xC0) == 0x80) {
      len--; // never cut a multi-byte character in half
    }
    buf.writeShort(len).writeBytes(bytes, 0, len);
  }

  private static String readString(ByteBuf in) {
    int len = in.readUnsignedShort();
    return in.readCharSequence(len, StandardCharsets.UTF_8).toString();
  }
}
