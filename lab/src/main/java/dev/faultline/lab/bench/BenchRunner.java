package dev.faultline.lab.bench;

import dev.faultline.config.ExitCodes;
import dev.faultline.lab.bench.part.Part;
import dev.faultline.lab.bench.part.PartContext;
import dev.faultline.lab.bench.part.PartResult;
import dev.faultline.lab.bench.proc.Children;
import dev.faultline.lab.demo.Console;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The root of {@code faultline bench}: runs each part on a thread of its own within the smaller of
 * its bound and the time left, ends every child the part started (also when it failed or ran out of
 * time), then judges the claims and writes the reports.
 */
public final class BenchRunner {
  /** Every part ran to its end. */
  public static final int EXIT_ALL_MEASURED = ExitCodes.OK;

  /** Some part failed or ran out of time: its claim is "not measured". */
  public static final int EXIT_PART_FAILED = ExitCodes.BENCH_PART_NOT_MEASURED;

  /** How long a part that ran out of time gets to notice its interrupt before its children end. */
  static final long STOP_GRACE_S = 5;

  private final BenchSettings settings;
  private final Console console;

  public BenchRunner(BenchSettings settings, Console console) {
    this.settings = settings;
    this.console = console;
  }

  public int run() throws IOException {
    Instant startedAt = Instant.now();
    long deadline = System.nanoTime() + settings.timeLimit().toNanos();
    Files.createDirectories(settings.runDir());
    say("parts " + names() + "; run directory " + settings.runDir());
    List<PartOutcome> outcomes = new ArrayList<>();
    for (Part p : settings.parts()) {
      outcomes.add(runOne(p, Duration.ofNanos(deadline - System.nanoTime())));
    }
    BenchReport report = new BenchReport(outcomes, startedAt, Instant.now());
    finish(report);
    return outcomes.stream().allMatch(PartOutcome::ok) ? EXIT_ALL_MEASURED : EXIT_PART_FAILED;
  }

  private PartOutcome runOne(Part p, Duration left) throws IOException {
    Duration bound = p.bound().compareTo(left) < 0 ? p.bound() : left;
    Path dir = Files.createDirectories(settings.runDir().resolve(p.name()));
    say(p.name() + ": starting, bounded to " + bound.toSeconds() + " s");
    long t0 = System.nanoTime();
    ExecutorService thread = Executors.newSingleThreadExecutor(r -> daemon(r, p.name()));
    Children children = new Children(dir);
    try {
      PartContext ctx =
          new PartContext(
              settings.partSettings(),
              children,
              dir,
              l -> say(p.name() + ": " + l),
              t0 + bound.toNanos());
      Future<PartResult> f = thread.submit(() -> p.run(ctx));
      return finished(p, f, bound, t0);
    } finally {
      stop(thread);
      children.close(); // after the part's thread stopped, so it cannot start one more child
    }
  }

  /** Interrupts a part that is still running and gives it a moment to stop. */
  private static void stop(ExecutorService thread) {
    thread.shutdownNow();
    try {
      thread.awaitTermination(STOP_GRACE_S, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private PartOutcome finished(Part p, Future<PartResult> f, Duration bound, long t0) {
    String failure;
    try {
      PartResult r = f.get(Math.max(bound.toMillis(), 0), TimeUnit.MILLISECONDS);
      say(p.name() + ": done in " + ms(t0) + " ms");
      return new PartOutcome(p, r, null, ms(t0));
    } catch (TimeoutException e) {
      f.cancel(true);
      failure = "ran out of its bound of " + bound.toSeconds() + " s";
    } catch (ExecutionException e) {
      failure = "failed: " + e.getCause();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure = "interrupted";
    }
    say(p.name() + ": " + failure + "; its children are being ended");
    return new PartOutcome(p, null, failure, ms(t0));
  }

  private void finish(BenchReport report) throws IOException {
    console.line("");
    console.line(report.claimsText().stripTrailing());
    console.line("");
    if (settings.reportJson() != null) {
      Files.writeString(settings.reportJson(), report.toJson().encodePrettily());
      say("JSON report written to " + settings.reportJson().toAbsolutePath());
    }
    if (settings.reportMd() != null) {
      Files.writeString(settings.reportMd(), report.markdown());
      say("Markdown report written to " + settings.reportMd().toAbsolutePath());
    }
    if (settings.reportHtml() != null) {
      Files.writeString(settings.reportHtml(), BenchPage.render(report.toJson()));
      say("HTML report written to " + settings.reportHtml().toAbsolutePath());
    }
  }

  private String names() {
    return String.join(", ", settings.parts().stream().map(Part::name).toList());
  }

  private void say(String text) {
    console.line("[bench] " + text);
  }

  private static long ms(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, "bench-" + name);
    t.setDaemon(true);
    return t;
  }
}
