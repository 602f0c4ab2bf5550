package dev.faultline.lab.bench.part;

import dev.faultline.lab.bench.child.BenchChild;
import dev.faultline.lab.bench.proc.ChildJvm;
import dev.faultline.lab.bench.verdict.ClaimResult;
import dev.faultline.lab.bench.verdict.LessonClaim;
import dev.faultline.lab.bench.verdict.SyncRule;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Claim 7: two threads on one counter without synchronization (lost updates counted), with a lock
 * and with an atomic (their cost per increment), against two processes that each count alone
 * ({@code BenchChild count}) and send their count to this JVM over a pipe (its stderr), timed from
 * the child's send to our receipt on the machine's one monotonic clock.
 */
final class SyncPart implements Part {
  static final int THREADS = 2;

  /** How long the threads race, for each way of counting. */
  static final Duration WINDOW = Duration.ofMillis(500);

  @Override
  public String name() {
    return "sync";
  }

  @Override
  public LessonClaim claim() {
    return LessonClaim.SYNCHRONIZATION;
  }

  @Override
  public Duration bound() {
    return Duration.ofSeconds(60);
  }

  @Override
  public PartResult run(PartContext ctx) throws Exception {
    long max = ctx.settings().syncIncrements();
    SharedCounters.Run racy = SharedCounters.race(new SharedCounters.Racy(), THREADS, WINDOW, max);
    ctx.say(line("unsynchronized (volatile ++)", racy));
    SharedCounters.Run locked =
        SharedCounters.race(new SharedCounters.Locked(), THREADS, WINDOW, max);
    ctx.say(line("synchronized", locked));
    SharedCounters.Run atomic =
        SharedCounters.race(new SharedCounters.Atomic(), THREADS, WINDOW, max);
    ctx.say(line("AtomicLong", atomic));
    long each = racy.expected() / THREADS;
    ProcessCounts procs = countInProcesses(ctx, each);
    ctx.say(
        String.format(
            Locale.ROOT,
            "%d processes counted %d of %d (lost %d); each count reached us %.1f µs after it was sent",
            THREADS,
            procs.total,
            THREADS * each,
            THREADS * each - procs.total,
            procs.combineUs));
    JsonObject numbers =
        new JsonObject()
            .put("raceWindowMs", WINDOW.toMillis())
            .put("unsynchronizedIncrements", racy.expected())
            .put("incrementsPerProcess", each)
            .put("threads", THREADS)
            .put("unsynchronizedLost", racy.lost())
            .put("unsynchronizedNsPerIncrement", racy.nsPerIncrement())
            .put("lockedLost", locked.lost())
            .put("lockedNsPerIncrement", locked.nsPerIncrement())
            .put("atomicLost", atomic.lost())
            .put("atomicNsPerIncrement", atomic.nsPerIncrement())
            .put("processesLost", THREADS * each - procs.total)
            .put("processNsPerIncrement", procs.nsPerIncrement)
            .put("processCombineUs", procs.combineUs);
    SyncRule.Input in =
        new SyncRule.Input(
            racy.expected(),
            racy.lost(),
            racy.nsPerIncrement(),
            locked.nsPerIncrement(),
            atomic.nsPerIncrement(),
            THREADS * each - procs.total,
            procs.combineUs);
    ClaimResult claim =
        new ClaimResult(
            claim(),
            name(),
            THREADS
                + " threads x "
                + each
                + " increments of one counter: unsynchronized, locked, "
                + "atomic; "
                + THREADS
                + " processes counting alone, combined over pipes",
            numbers,
            SyncRule.judge(in));
    return new PartResult(name(), numbers.copy(), claim, markdown(numbers));
  }

  private record ProcessCounts(long total, double nsPerIncrement, double combineUs) {}

  private static ProcessCounts countInProcesses(PartContext ctx, long each) throws IOException {
    List<ChildJvm> kids = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      kids.add(
          ctx.children()
              .startJava(
                  null,
                  ChildEchoSide.HEAP_MB,
                  BenchChild.class.getName(),
                  List.of("count", String.valueOf(each))));
    }
    long total = 0;
    double ns = 0;
    double combine = 0;
    for (ChildJvm k : kids) {
      String[] f = k.await("count=", Duration.ofSeconds(60)).split(" ");
      long receivedAt = k.lastControlLineAt();
      total += Long.parseLong(f[0]);
      ns += Double.parseDouble(f[1].substring("ns=".length())) / each;
      combine += (receivedAt - Long.parseLong(f[2].substring("sentAt=".length()))) / 1000.0;
      k.stop();
    }
    return new ProcessCounts(total, ns / THREADS, combine / THREADS);
  }

  private static String line(String how, SharedCounters.Run r) {
    return String.format(
        Locale.ROOT,
        "%-30s %d of %d counted, lost %d, %.2f ns per increment",
        how,
        r.counted(),
        r.expected(),
        r.lost(),
        r.nsPerIncrement());
  }

  private static String markdown(JsonObject n) {
    MarkdownTable t = new MarkdownTable("measure", "value");
    n.forEach(e -> t.row(e.getKey(), e.getValue()));
    return t.toString();
  }
}
