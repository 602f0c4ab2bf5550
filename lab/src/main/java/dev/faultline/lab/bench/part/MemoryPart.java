package dev.faultline.lab.bench.part;

import dev.faultline.client.LoadReport;
import dev.faultline.lab.bench.child.BenchChild;
import dev.faultline.lab.bench.proc.ChildJvm;
import dev.faultline.lab.bench.proc.MemoryUse;
import dev.faultline.lab.bench.verdict.ClaimResult;
import dev.faultline.lab.bench.verdict.LessonClaim;
import dev.faultline.lab.bench.verdict.MemoryRule;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Claim 4, from {@code /proc/PID/smaps_rollup}. One more thread: the private memory {@value
 * #THREADS} idle threads add to a JVM, divided by {@value #THREADS}. One more worker JVM: a
 * worker's private memory (what no other process shares, so what one more costs). The whole of each
 * mode: the thread-mode server's PSS against master plus workers, idle and after the same load.
 */
final class MemoryPart implements Part {
  static final int THREADS = 100;

  @Override
  public String name() {
    return "memory";
  }

  @Override
  public LessonClaim claim() {
    return LessonClaim.MEMORY;
  }

  @Override
  public Duration bound() {
    return Duration.ofSeconds(90);
  }

  @Override
  public PartResult run(PartContext ctx) throws Exception {
    double threadKib = oneMoreThreadKib(ctx);
    ctx.say("one more idle thread: " + MarkdownTable.num(threadKib) + " KiB private");
    JsonObject numbers = new JsonObject().put("threadPrivateKib", threadKib);
    try (ServedModes modes = ServedModes.start(ctx)) {
      snapshot(ctx, modes, "idle", numbers);
      LoadReport r = modes.load(ctx);
      numbers.put(
          "requestsOk",
          new JsonObject()
              .put("thread", ServedModes.ok(r, ServedModes.THREAD))
              .put("process", ServedModes.ok(r, ServedModes.PROCESS)));
      snapshot(ctx, modes, "loaded", numbers);
    }
    MemoryRule.Input in =
        new MemoryRule.Input(
            threadKib,
            numbers.getJsonObject("loaded").getDouble("workerPrivateKib"),
            numbers.getJsonObject("loaded").getDouble("threadModePssKib"),
            numbers.getJsonObject("loaded").getDouble("processModePssKib"));
    ClaimResult claim =
        new ClaimResult(
            claim(),
            name(),
            "private memory of one more thread and of one more worker JVM; PSS of each whole mode, "
                + "idle and after the same load (smaps_rollup)",
            numbers,
            MemoryRule.judge(in));
    return new PartResult(name(), numbers.copy(), claim, markdown(numbers));
  }

  private static double oneMoreThreadKib(PartContext ctx) throws IOException, InterruptedException {
    ChildJvm c =
        ctx.children()
            .startJava(null, ChildEchoSide.HEAP_MB, BenchChild.class.getName(), List.of("threads"));
    c.await("ready", LayoutPart.ANSWER);
    Thread.sleep(500); // let the JVM's own start-up threads settle
    MemoryUse before = MemoryUse.of(c.pid());
    c.send("spawn " + THREADS);
    c.await("spawned", LayoutPart.ANSWER);
    MemoryUse after = MemoryUse.of(c.pid());
    c.stop();
    return (after.privateKib() - before.privateKib()) / (double) THREADS;
  }

  private static void snapshot(PartContext ctx, ServedModes modes, String when, JsonObject into)
      throws IOException {
    MemoryUse threadMode = MemoryUse.of(modes.threadPid());
    MemoryUse master = MemoryUse.of(modes.masterPid());
    List<Long> workers = modes.workerPids();
    MemoryUse all = master;
    double workerPrivate = 0;
    double workerPss = 0;
    for (long w : workers) {
      MemoryUse m = MemoryUse.of(w);
      all = all.plus(m);
      workerPrivate += m.privateKib();
      workerPss += m.pssKib();
    }
    JsonObject j =
        new JsonObject()
            .put("workers", workers.size())
            .put("workerPrivateKib", workerPrivate / workers.size())
            .put("workerPssKib", workerPss / workers.size())
            .put("masterPrivateKib", (double) master.privateKib())
            .put("threadModePssKib", (double) threadMode.pssKib())
            .put("threadModePrivateKib", (double) threadMode.privateKib())
            .put("processModePssKib", (double) all.pssKib())
            .put("processModePrivateKib", (double) all.privateKib());
    into.put(when, j);
    ctx.say(
        when
            + ": thread-mode server PSS "
            + MarkdownTable.num(threadMode.pssKib() / 1024.0)
            + " MiB; process mode (master + "
            + workers.size()
            + " workers) PSS "
            + MarkdownTable.num(all.pssKib() / 1024.0)
            + " MiB; a worker "
            + MarkdownTable.num(workerPrivate / workers.size() / 1024)
            + " MiB private");
  }

  private static String markdown(JsonObject n) {
    MarkdownTable t = new MarkdownTable("measure", "idle", "after load");
    JsonObject idle = n.getJsonObject("idle");
    JsonObject loaded = n.getJsonObject("loaded");
    t.row("one more thread, private KiB", n.getDouble("threadPrivateKib"), "-");
    idle.fieldNames().forEach(k -> t.row(k, idle.getValue(k), loaded.getValue(k)));
    return t.toString();
  }
}
