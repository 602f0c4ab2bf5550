package dev.faultline.lab.bench.part;

import com.sun.jna.ptr.IntByReference;
import dev.faultline.lab.bench.child.BenchChild;
import dev.faultline.lab.bench.proc.ChildJvm;
import dev.faultline.lab.bench.proc.Libc;
import dev.faultline.lab.bench.verdict.ClaimResult;
import dev.faultline.lab.bench.verdict.LessonClaim;
import dev.faultline.lab.bench.verdict.SpawnRule;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Claim 3: medians of repeated creations. A thread created and joined; {@code /bin/true} by {@code
 * posix_spawn(3)} and waited for (the native fork/exec), and through {@code ProcessBuilder} (what
 * Java adds); a JVM of this jar until its {@code main} runs; a faultline worker until its hello
 * arrives ({@link WorkerReady}).
 */
final class SpawnPart implements Part {
  static final int THREAD_SPAWNS = 1000;
  static final int NATIVE_SPAWNS = 50;
  static final String TRUE = "/bin/true";

  @Override
  public String name() {
    return "spawn";
  }

  @Override
  public LessonClaim claim() {
    return LessonClaim.CREATION;
  }

  @Override
  public Duration bound() {
    return Duration.ofSeconds(60);
  }

  @Override
  public PartResult run(PartContext ctx) throws Exception {
    double thread = timed(THREAD_SPAWNS, SpawnPart::threadOnce) / 1000;
    ctx.say(us("thread create + join", thread, THREAD_SPAWNS));
    double spawn = timed(NATIVE_SPAWNS, SpawnPart::posixSpawnOnce) / 1000;
    ctx.say(us("posix_spawn " + TRUE + " + wait", spawn, NATIVE_SPAWNS));
    double builder = timed(NATIVE_SPAWNS, SpawnPart::processBuilderOnce) / 1000;
    ctx.say(us("ProcessBuilder " + TRUE + " + wait", builder, NATIVE_SPAWNS));
    int n = ctx.settings().jvmStarts();
    double jvm = timed(n, () -> jvmToMain(ctx)) / 1e6;
    ctx.say(ms("JVM start to main", jvm, n));
    WorkerReady ready = new WorkerReady(ctx.children());
    double worker = timed(n, ready::once) / 1e6;
    ctx.say(ms("faultline worker start to ready (hello)", worker, n));
    JsonObject numbers =
        new JsonObject()
            .put("threadCreateJoinUs", thread)
            .put("posixSpawnTrueUs", spawn)
            .put("processBuilderTrueUs", builder)
            .put("jvmToMainMs", jvm)
            .put("workerToReadyMs", worker)
            .put(
                "repeats",
                new JsonObject()
                    .put("thread", THREAD_SPAWNS)
                    .put("native", NATIVE_SPAWNS)
                    .put("jvm", n));
    ClaimResult claim =
        new ClaimResult(
            claim(),
            name(),
            "medians: thread create+join, posix_spawn of /bin/true, ProcessBuilder of /bin/true, "
                + "JVM to main, faultline worker to ready",
            numbers,
            SpawnRule.judge(new SpawnRule.Input(thread, spawn, jvm, worker)));
    return new PartResult(name(), numbers.copy(), claim, markdown(numbers));
  }

  /** One timed action. */
  interface Action {
    void run() throws Exception;
  }

  /** Median nanoseconds of {@code n} runs. */
  static double timed(int n, Action a) throws Exception {
    double[] ns = new double[n];
    for (int i = 0; i < n; i++) {
      long t0 = System.nanoTime();
      a.run();
      ns[i] = System.nanoTime() - t0;
    }
    return Medians.of(ns);
  }

  private static void threadOnce() throws InterruptedException {
    Thread t = new Thread(() -> {});
    t.start();
    t.join();
  }

  private static void posixSpawnOnce() throws IOException {
    IntByReference pid = new IntByReference();
    int rc = Libc.C.posix_spawn(pid, TRUE, null, null, new String[] {TRUE}, new String[0]);
    if (rc != 0) {
      throw new IOException("posix_spawn " + TRUE + " failed: " + rc);
    }
    Libc.C.waitpid(pid.getValue(), new IntByReference(), 0);
  }

  private static void processBuilderOnce() throws IOException, InterruptedException {
    new ProcessBuilder(TRUE).start().waitFor();
  }

  private static void jvmToMain(PartContext ctx) throws IOException {
    ChildJvm c =
        ctx.children()
            .startJava(null, ChildEchoSide.HEAP_MB, BenchChild.class.getName(), List.of("hello"));
    c.await("main", LayoutPart.ANSWER);
    c.stop();
  }

  private static String us(String what, double us, int n) {
    return String.format(Locale.ROOT, "%-40s median %10.1f µs of %d", what, us, n);
  }

  private static String ms(String what, double ms, int n) {
    return String.format(Locale.ROOT, "%-40s median %10.1f ms of %d", what, ms, n);
  }

  private static String markdown(JsonObject n) {
    return new MarkdownTable("creation", "median")
        .row("thread create + join", n.getDouble("threadCreateJoinUs") + " µs")
        .row("posix_spawn /bin/true + wait", n.getDouble("posixSpawnTrueUs") + " µs")
        .row("ProcessBuilder /bin/true + wait", n.getDouble("processBuilderTrueUs") + " µs")
        .row("JVM start to main", n.getDouble("jvmToMainMs") + " ms")
        .row("faultline worker start to ready", n.getDouble("workerToReadyMs") + " ms")
        .toString();
  }
}
