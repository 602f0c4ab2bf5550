package dev.faultline.supervisor.pool;

import dev.faultline.supervisor.backend.Job;
import dev.faultline.worker.ipc.IpcCodec;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.ReferenceCountUtil;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The master's dispatch path, one request: the {@link Dispatcher} picks the least-loaded ready
 * worker among N, the worker records it and writes its JobRequest through the real codec into a
 * pooled buffer (dropped where the socket would be), and its answer takes it back off the worker,
 * so every operation starts from the same loads. The least-loaded worker is the last slot (all
 * others hold one job more), so each pick scans all N. In the pool's package: the dispatcher and
 * the worker table are package-private, and a benchmark must not widen them. Its workers' process
 * is supervisor's test fixture {@code FakeProcess} (the dispatch path never touches it).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
public class DispatchBenchmark {
  private static final long JOB_ID = 1;

  @Param({"2", "8", "32"})
  public int workers;

  private final Dispatcher dispatcher = new Dispatcher(1);
  private final List<Slot> slots = new ArrayList<>();
  private PendingJob job;
  private Worker leastLoaded;

  @Setup(Level.Trial)
  public void setUp() {
    long background = 1_000;
    for (int id = 1; id <= workers; id++) {
      Slot s = new Slot(id, new SlotBreaker(id, Clock.systemUTC()));
      s.worker = FakeProcess.worker(10_000 + id, id, Worker.Role.SLOT); // never started
      s.worker.markReady(droppingChannel(), 0, 0);
      int load = id == workers ? 1 : 2;
      for (int j = 0; j < load; j++) {
        s.worker.send(pending(background++), 0);
      }
      slots.add(s);
    }
    leastLoaded = slots.get(workers - 1).worker;
    job = pending(JOB_ID);
  }

  @Benchmark
  public Object dispatchOneToTheLeastLoaded() {
    dispatcher.add(job);
    dispatcher.dispatch(slots, 1);
    return leastLoaded.answered(JOB_ID);
  }

  private static PendingJob pending(long id) {
    return new PendingJob(
        new Job(id, 42, 0, "", "GET /work?input=42&cost=0"), new CompletableFuture<>());
  }

  /** The real codec, then where the socket would be: the frame is released, the write succeeds. */
  private static EmbeddedChannel droppingChannel() {
    return new EmbeddedChannel(
        new ChannelOutboundHandlerAdapter() {
          @Override
          public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            ReferenceCountUtil.release(msg);
            promise.trySuccess();
          }
        },
        new IpcCodec());
  }
}
