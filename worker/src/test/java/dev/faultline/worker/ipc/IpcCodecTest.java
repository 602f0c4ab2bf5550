package dev.faultline.worker.ipc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faultline.worker.ipc.IpcMessage.Drain;
import dev.faultline.worker.ipc.IpcMessage.Heartbeat;
import dev.faultline.worker.ipc.IpcMessage.Hello;
import dev.faultline.worker.ipc.IpcMessage.JobDone;
import dev.faultline.worker.ipc.IpcMessage.JobFailed;
import dev.faultline.worker.ipc.IpcMessage.JobRequest;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.TooLongFrameException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The whole pipeline of {@link IpcPipeline} on Netty's in-memory channel: no socket involved. */
class IpcCodecTest {
  private final EmbeddedChannel sender = pipeline();
  private final EmbeddedChannel receiver = pipeline();

  private static EmbeddedChannel pipeline() {
    EmbeddedChannel ch = new EmbeddedChannel();
    IpcPipeline.init(
        ch.pipeline(), new ChannelInboundHandlerAdapter()); // passes messages to the tail
    return ch;
  }

  @AfterEach
  void close() {
    sender.finishAndReleaseAll();
    receiver.finishAndReleaseAll();
  }

  /** Everything the sender put on the wire for {@code msg}, as one buffer. */
  private byte[] wire(IpcMessage msg) {
    assertThat(sender.writeOutbound(msg)).isTrue();
    ByteBuf all = Unpooled.buffer();
    for (ByteBuf part = sender.readOutbound(); part != null; part = sender.readOutbound()) {
      all.writeBytes(part);
      part.release();
    }
    byte[] bytes = ByteBufUtil.getBytes(all);
    all.release();
    return bytes;
  }

  private static IpcMessage next(EmbeddedChannel ch) {
    return ch.readInbound();
  }

  private IpcMessage roundTrip(IpcMessage msg) {
    receiver.writeInbound(Unpooled.wrappedBuffer(wire(msg)));
    IpcMessage decoded = next(receiver);
    assertThat(next(receiver)).as("exactly one message").isNull();
    return decoded;
  }

  @Test
  void shouldRoundTripHello() {
    Hello hello = new Hello(3, 4711L, "s3cret");
    assertThat(roundTrip(hello)).isEqualTo(hello);
  }

  @Test
  void shouldRoundTripHelloWithTheMarksOfItsStart() {
    StartMarks start =
        new StartMarks(
            100L,
            200L,
            300L,
            Long.MAX_VALUE - 1,
            Long.MAX_VALUE,
            new ClassCounts(540, 700, 1_100, 1_500, Integer.MAX_VALUE));
    Hello hello = new Hello(3, 4711L, "s3cret", start);
    assertThat(roundTrip(hello)).isEqualTo(hello);
    assertThat(((Hello) roundTrip(hello)).start()).isEqualTo(start);
  }

  @Test
  void shouldRoundTripJobRequestWithoutFault() {
    JobRequest job = new JobRequest(1L, Long.MIN_VALUE, 10_000, "");
    assertThat(roundTrip(job)).isEqualTo(job);
  }

  @Test
  void shouldRoundTripJobRequestWithFault() {
    JobRequest job = new JobRequest(Long.MAX_VALUE, -42L, 7, "segfault");
    assertThat(roundTrip(job)).isEqualTo(job);
  }

  @Test
  void shouldSendNullFaultAsNoFault() {
    assertThat(roundTrip(new JobRequest(2L, 42L, 1, null)))
        .isEqualTo(new JobRequest(2L, 42L, 1, ""));
  }

  @Test
  void shouldRoundTripJobDone() {
    JobDone done = new JobDone(9L, 0xe220a8397b1dcdafL);
    assertThat(roundTrip(done)).isEqualTo(done);
  }

  @Test
  void shouldRoundTripJobFailedWithUnicodeText() {
    JobFailed failed = new JobFailed(5L, "job_failed", "Ärger: 故障 💥 in ‘exception’");
    assertThat(roundTrip(failed)).isEqualTo(failed);
  }

  @Test
  void shouldRoundTripJobFailedWithEmptyStrings() {
    JobFailed failed = new JobFailed(0L, "", "");
    assertThat(roundTrip(failed)).isEqualTo(failed);
  }

  @Test
  void shouldRoundTripHeartbeat() {
    Heartbeat beat = new Heartbeat(Long.MAX_VALUE);
    assertThat(roundTrip(beat)).isEqualTo(beat);
  }

  @Test
  void shouldRoundTripDrain() {
    assertThat(roundTrip(new Drain())).isEqualTo(new Drain());
  }

  @Test
  void shouldPutHeartbeatAndDrainOnTheWireExactlyAsDocumented() {
    assertThat(ByteBufUtil.hexDump(wire(new Heartbeat(3))))
        .isEqualTo("00000009" + "05" + "0000000000000003");
    assertThat(ByteBufUtil.hexDump(wire(new Drain()))).isEqualTo("00000001" + "06");
  }

  @Test
  void shouldPutJobDoneOnTheWireExactlyAsDocumented() {
    byte[] bytes = wire(new JobDone(7, 42));

    assertThat(bytes).hasSize(21);
    assertThat(ByteBufUtil.hexDump(bytes))
        .isEqualTo("00000011" + "03" + "0000000000000007" + "000000000000002a");
  }

  @Test
  void shouldEncodeStringsAsUint16ByteLengthThenUtf8() {
    byte[] bytes = wire(new JobFailed(1, "é", ""));

    // length 15 | type 4 | jobId 1 | error: 2 bytes c3 a9 | message: 0 bytes
    assertThat(ByteBufUtil.hexDump(bytes))
        .isEqualTo("0000000f" + "04" + "0000000000000001" + "0002c3a9" + "0000");
  }

  @Test
  void shouldTruncateStringsAtTheUint16Limit() {
    JobFailed decoded = (JobFailed) roundTrip(new JobFailed(1, "job_failed", "x".repeat(70_000)));

    assertThat(decoded.message()).hasSize(0xFFFF).matches("x+");
  }

  @Test
  void shouldReassembleFrameSplitAcrossTwoWrites() {
    JobRequest job = new JobRequest(77L, 42L, 10, "exception");
    byte[] bytes = wire(job);

    assertThat(receiver.writeInbound(Unpooled.wrappedBuffer(bytes, 0, 6))).isFalse();
    assertThat(next(receiver)).isNull();
    assertThat(receiver.writeInbound(Unpooled.wrappedBuffer(bytes, 6, bytes.length - 6))).isTrue();
    assertThat(next(receiver)).isEqualTo(job);
  }

  @Test
  void shouldSplitTwoFramesArrivingInOneWrite() {
    byte[] first = wire(new JobDone(1, 10));
    byte[] second = wire(new JobDone(2, 20));

    receiver.writeInbound(Unpooled.wrappedBuffer(first, second));

    assertThat(next(receiver)).isEqualTo(new JobDone(1, 10));
    assertThat(next(receiver)).isEqualTo(new JobDone(2, 20));
  }

  @Test
  void shouldRejectUnknownMessageType() {
    ByteBuf frame = Unpooled.wrappedBuffer(new byte[] {0, 0, 0, 1, 9});

    assertThatThrownBy(() -> receiver.writeInbound(frame))
        .isInstanceOf(DecoderException.class)
        .isInstanceOf(CorruptedFrameException.class)
        .hasMessage("unknown IPC message type 9");
  }

  @Test
  void shouldRejectTruncatedFrameBody() {
    // a JobDone needs 16 bytes of payload; this frame has 4
    ByteBuf frame = Unpooled.wrappedBuffer(new byte[] {0, 0, 0, 5, 3, 0, 0, 0, 7});

    assertThatThrownBy(() -> receiver.writeInbound(frame))
        .isInstanceOf(DecoderException.class)
        .hasCauseInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void shouldRejectFrameLongerThanTheLimit() {
    int tooLong = IpcPipeline.MAX_FRAME_BYTES + 1;
    ByteBuf header = Unpooled.buffer(4).writeInt(tooLong);

    assertThatThrownBy(() -> receiver.writeInbound(header))
        .isInstanceOf(TooLongFrameException.class);
  }

  @Test
  void shouldDecodeWithCodecAloneWhenFramingIsDoneElsewhere() {
    EmbeddedChannel codecOnly = new EmbeddedChannel(new IpcCodec());
    try {
      ByteBuf body =
          Unpooled.buffer().writeByte(IpcCodec.HELLO).writeInt(2).writeLong(99L).writeShort(0);
      body.writeZero(5 * Long.BYTES); // start marks: none measured
      for (int i = 0; i < 5; i++) {
        body.writeInt(-1); // classes at each mark: none counted
      }
      codecOnly.writeInbound(body);
      assertThat(next(codecOnly)).isEqualTo(new Hello(2, 99L, ""));
    } finally {
      codecOnly.finishAndReleaseAll();
    }
  }
}
