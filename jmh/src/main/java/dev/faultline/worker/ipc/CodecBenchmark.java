package dev.faultline.worker.ipc;

import dev.faultline.worker.ipc.IpcMessage.JobDone;
import dev.faultline.worker.ipc.IpcMessage.JobRequest;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@link IpcCodec} alone: one message encoded into a pooled buffer (the channel's allocator, as on
 * a real connection) and decoded back, the buffer released. In the codec's own package because
 * encode and decode are protected; the context is a real one, taken from an {@link
 * EmbeddedChannel}, whose allocator is Netty's pooled default. Run with {@code -prof gc}: what is
 * left per operation is the decoded message itself (a record), not buffers.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
public class CodecBenchmark {
  private static final int LENGTH_PREFIX = 4; // cut by the frame decoder on a real connection

  private final IpcCodec codec = new IpcCodec();
  private final List<Object> encoded = new ArrayList<>(1);
  private final List<Object> decoded = new ArrayList<>(1);
  private final JobRequest request = new JobRequest(123_456L, 42L, 0, "");
  private final JobDone done = new JobDone(123_456L, 0x5eed_f00dL);
  private EmbeddedChannel channel;
  private ChannelHandlerContext ctx;

  @Setup(Level.Trial)
  public void setUp() {
    channel = new EmbeddedChannel(codec);
    ctx = channel.pipeline().context(codec);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    channel.finishAndReleaseAll();
  }

  @Benchmark
  public Object jobRequestRoundTrip() throws Exception {
    return roundTrip(request);
  }

  @Benchmark
  public Object jobDoneRoundTrip() throws Exception {
    return roundTrip(done);
  }

  private Object roundTrip(IpcMessage msg) throws Exception {
    encoded.clear();
    decoded.clear();
    codec.encode(ctx, msg, encoded);
    ByteBuf frame = (ByteBuf) encoded.get(0);
    try {
      frame.skipBytes(LENGTH_PREFIX);
      codec.decode(ctx, frame, decoded);
      return decoded.get(0);
    } finally {
      frame.release();
    }
  }
}
