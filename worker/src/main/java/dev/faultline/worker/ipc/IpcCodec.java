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
 * Turns one frame into one {@link IpcMessage} and back. On the way in, the frame decoder before it
 * in {@link IpcPipeline} has cut the stream at the length prefix and this codec sees the frame
 * body; on the way out it writes the whole frame, length prefix included, into one pooled buffer (a
 * separate prepender would allocate a second buffer per message).
 *
 * <pre>
 * frame  = length:int32 (bytes that follow) | type:uint8 | payload
 * string = byteLength:uint16 | UTF-8 bytes
 *
 * type 1 Hello      workerId:int32  pid:int64  secret:string
 *                   start: main, setUp, nettyReady, connected, helloSent: 5 x int64 (nanoTime)
 *                   classes loaded at the same marks: 5 x int32 (-1: not counted)
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

  /** Room for a plain JobRequest frame, the most frequent message (4 + 1 + 8 + 8 + 4 + 2). */
  private static final int ENCODED_SIZE_HINT = 32;

  @Override
  protected void encode(ChannelHandlerContext ctx, IpcMessage msg, List<Object> out) {
    ByteBuf buf = ctx.alloc().buffer(ENCODED_SIZE_HINT);
    buf.writeInt(0); // the length, set below once the body is written
    if (msg instanceof Hello m) {
      buf.writeByte(HELLO).writeInt(m.workerId()).writeLong(m.pid());
      writeString(buf, m.secret());
      writeStart(buf, m.start());
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
    buf.setInt(0, buf.readableBytes() - Integer.BYTES);
    out.add(buf);
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    int type = in.readUnsignedByte();
    out.add(
        switch (type) {
          case HELLO -> new Hello(in.readInt(), in.readLong(), readString(in), readStart(in));
          case JOB_REQUEST ->
              new JobRequest(in.readLong(), in.readLong(), in.readInt(), readString(in));
          case JOB_DONE -> new JobDone(in.readLong(), in.readLong());
          case JOB_FAILED -> new JobFailed(in.readLong(), readString(in), readString(in));
          case HEARTBEAT -> new Heartbeat(in.readLong());
          case DRAIN -> new Drain();
          default -> throw new CorruptedFrameException("unknown IPC message type " + type);
        });
  }

  private static void writeStart(ByteBuf buf, StartMarks s) {
    buf.writeLong(s.main()).writeLong(s.setUp()).writeLong(s.nettyReady());
    buf.writeLong(s.connected()).writeLong(s.helloSent());
    ClassCounts c = s.classes();
    buf.writeInt(c.main()).writeInt(c.setUp()).writeInt(c.nettyReady());
    buf.writeInt(c.connected()).writeInt(c.helloSent());
  }

  private static StartMarks readStart(ByteBuf in) {
    return new StartMarks(
        in.readLong(),
        in.readLong(),
        in.readLong(),
        in.readLong(),
        in.readLong(),
        new ClassCounts(in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt()));
  }

  private static void writeString(ByteBuf buf, String s) {
    if (s == null || s.isEmpty()) {
      buf.writeShort(0); // the common case (a job without fault): no byte array to allocate
      return;
    }
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
