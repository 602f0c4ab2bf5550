package dev.faultline.jmh;

import dev.faultline.worker.ipc.IpcMessage.JobDone;
import dev.faultline.worker.ipc.IpcMessage.JobRequest;
import dev.faultline.worker.ipc.IpcPipeline;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.embedded.EmbeddedChannel;
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
 * The whole {@link IpcPipeline} (flush consolidation, frame decoder, codec) on an {@link
 * EmbeddedChannel}: a message written and flushed comes out as one frame, which read back in comes
 * out of the frame decoder and codec as a message again. Beside {@code CodecBenchmark}, the
 * difference is what the pipeline and the channel cost around the codec (a write promise, the frame
 * decoder's slice).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
public class PipelineBenchmark {
  private final JobRequest request = new JobRequest(123_456L, 42L, 0, "");
  private final JobDone done = new JobDone(123_456L, 0x5eed_f00dL);
  private EmbeddedChannel channel;
  private Object lastRead;

  @Setup(Level.Trial)
  public void setUp() {
    channel = new EmbeddedChannel();
    IpcPipeline.init(
        channel.pipeline(),
        new SimpleChannelInboundHandler<Object>() {
          @Override
          protected void channelRead0(ChannelHandlerContext ctx, Object msg) {
            lastRead = msg;
          }
        });
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    channel.finishAndReleaseAll();
  }

  @Benchmark
  public Object jobRequestThroughThePipeline() {
    return roundTrip(request);
  }

  @Benchmark
  public Object jobDoneThroughThePipeline() {
    return roundTrip(done);
  }

  private Object roundTrip(Object msg) {
    channel.writeAndFlush(msg, channel.voidPromise());
    channel.runPendingTasks(); // the consolidated flush, scheduled on the loop as on a real one
    ByteBuf frame = channel.readOutbound();
    channel.writeInbound(frame); // the pipeline releases it once decoded
    return lastRead;
  }
}
