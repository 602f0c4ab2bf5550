package dev.faultline.lab.bench.part;

import dev.faultline.lab.bench.child.BenchChild;
import dev.faultline.lab.bench.proc.ChildJvm;
import dev.faultline.lab.bench.proc.SharedMappings;
import dev.faultline.lab.bench.proc.StackMappings;
import dev.faultline.lab.bench.verdict.AddressSpaceRule;
import dev.faultline.lab.bench.verdict.ClaimResult;
import dev.faultline.lab.bench.verdict.LessonClaim;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Claim 1, with evidence from two JVMs started like workers ({@code BenchChild layout}): each maps
 * a page at the same fixed virtual address. In the first, one thread writes there (and into a heap
 * array) and a second thread reads the new value. Then the first JVM writes a value at the address
 * and the second JVM reads its own page there. From {@code /proc}: the stack pointer of each thread
 * of the first JVM lies in a mapping of its one maps file; the CDS archive and libjvm pages are
 * shared.
 */
final class LayoutPart implements Part {
  static final Duration ANSWER = Duration.ofSeconds(30);
  static final long THREAD_VALUE = 4242;
  static final long PROCESS_VALUE = 777;

  @Override
  public String name() {
    return "layout";
  }

  @Override
  public LessonClaim claim() {
    return LessonClaim.ADDRESS_SPACE;
  }

  @Override
  public Duration bound() {
    return Duration.ofSeconds(60);
  }

  @Override
  public PartResult run(PartContext ctx) throws IOException {
    ChildJvm a = start(ctx);
    ChildJvm b = start(ctx);
    String address = a.await("ready address=", ANSWER);
    String addressB = b.await("ready address=", ANSWER);
    a.send("threads-test " + THREAD_VALUE);
    String threads = a.await("thread-read", ANSWER);
    ctx.say(
        "JVM "
            + a.pid()
            + ": one thread wrote "
            + THREAD_VALUE
            + " at "
            + address
            + ", another read "
            + threads);
    a.send("write " + PROCESS_VALUE);
    a.await("wrote", ANSWER);
    b.send("read");
    long seenByB = Long.parseLong(b.await("read", ANSWER));
    ctx.say(
        "JVM "
            + a.pid()
            + " wrote "
            + PROCESS_VALUE
            + " at "
            + address
            + "; JVM "
            + b.pid()
            + " read "
            + seenByB
            + " at "
            + addressB);
    StackMappings stacksA = StackMappings.of(a.pid());
    StackMappings stacksB = StackMappings.of(b.pid());
    ctx.say(stacks(a.pid(), stacksA) + "; " + stacks(b.pid(), stacksB));
    long shared = SharedMappings.sharedKib(a.pid(), LayoutPart::jvmImage);
    ctx.say(
        "JVM "
            + a.pid()
            + ": "
            + shared
            + " KiB of its CDS archive and libjvm mappings are shared pages");
    boolean threadSaw = threads.equals("native=" + THREAD_VALUE + " heap=" + THREAD_VALUE);
    JsonObject numbers =
        new JsonObject()
            .put("fixedAddress", address)
            .put("threadWrote", THREAD_VALUE)
            .put("threadRead", threads)
            .put("jvmWrote", PROCESS_VALUE)
            .put("otherJvmRead", seenByB)
            .put("threads", stacksA.threads())
            .put("threadsWithStackPointer", stacksA.withStackPointer())
            .put("stackMappings", stacksA.stackMappings())
            .put("mappingsFirstJvm", stacksA.mappings())
            .put("mappingsSecondJvm", stacksB.mappings())
            .put("sharedJvmImageKib", shared);
    AddressSpaceRule.Input in =
        new AddressSpaceRule.Input(
            threadSaw,
            seenByB == PROCESS_VALUE,
            stacksA.withStackPointer(),
            stacksA.stackMappings(),
            shared);
    ClaimResult claim =
        new ClaimResult(
            claim(),
            name(),
            "a write at one fixed address, read by a second thread and by a second JVM; "
                + "thread stacks in /proc/PID/maps; shared pages of the CDS archive and libjvm in smaps",
            numbers,
            AddressSpaceRule.judge(in));
    return new PartResult(name(), numbers.copy(), claim, markdown(numbers));
  }

  private static ChildJvm start(PartContext ctx) throws IOException {
    return ctx.children()
        .startJava(null, ChildEchoSide.HEAP_MB, BenchChild.class.getName(), List.of("layout"));
  }

  /** The JDK's CDS archive ({@code classes.jsa}) and the JVM itself ({@code libjvm.so}). */
  static boolean jvmImage(String path) {
    return path.endsWith(".jsa") || path.endsWith("/libjvm.so");
  }

  private static String stacks(long pid, StackMappings s) {
    return "JVM "
        + pid
        + ": "
        + s.threads()
        + " threads, "
        + s.withStackPointer()
        + " blocked with a readable stack pointer, in "
        + s.stackMappings()
        + " distinct mappings of its "
        + s.mappings();
  }

  private static String markdown(JsonObject n) {
    MarkdownTable t = new MarkdownTable("measure", "value");
    n.forEach(e -> t.row(e.getKey(), e.getValue()));
    return t.toString();
  }
}
