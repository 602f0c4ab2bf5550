package dev.faultline.lab.bench.overhead;

import dev.faultline.lab.demo.Console;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code faultline bench overhead}: runs {@link OverheadBench} and prints every goal with its
 * measured value, its ratio to the goal and whether it was met; exits 0 when the benchmark ran,
 * whatever it found (the report says which goals were met), 1 when it could not run.
 */
@Command(
    name = "overhead",
    mixinStandardHelpOptions = true,
    description = {
      "What process mode costs next to thread mode, side by side in one run on fresh servers:",
      "max throughput (trivial and ~1 ms request), p50/p99 at 1,000 req/s with both modes driven",
      "at once, worker spawn-to-ready and death-to-ready (alone and 4 together), private memory",
      "per extra worker after about a minute of load; each against its goal. About 2 minutes."
    })
public final class BenchOverheadCommand implements Callable<Integer> {
  @Option(names = "--report-json", paramLabel = "FILE", description = "Also write the report here.")
  Path reportJson;

  @Option(
      names = "--run-dir",
      paramLabel = "DIR",
      description = "Where the servers' run directories go (default: a new temp directory).")
  Path runDir;

  /** Runs the command on its own, for a build where it is not yet hooked under {@code bench}. */
  public static void main(String[] args) {
    System.exit(new picocli.CommandLine(new BenchOverheadCommand()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Path dir = runDir != null ? runDir : Files.createTempDirectory("faultline-bench-overhead-");
    Console console = new Console(System.out);
    Vertx vertx = Vertx.vertx();
    long started = System.nanoTime();
    try {
      List<Goal> goals = new OverheadBench(vertx, console, dir).run();
      JsonObject report = report(goals, (System.nanoTime() - started) / 1_000_000);
      goals.forEach(g -> System.out.println(g.row()));
      if (reportJson != null) {
        Files.writeString(reportJson, report.encodePrettily());
      }
      return 0;
    } catch (Exception e) {
      console.root("the overhead benchmark could not run: " + e);
      return 1;
    } finally {
      vertx.close();
    }
  }

  private static JsonObject report(List<Goal> goals, long tookMs) throws Exception {
    JsonArray all = new JsonArray();
    goals.forEach(g -> all.add(g.toJson()));
    return new JsonObject()
        .put("date", Instant.now().toString())
        .put(
            "machine",
            new JsonObject()
                .put("host", InetAddress.getLocalHost().getHostName())
                .put("cpus", Runtime.getRuntime().availableProcessors())
                .put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"))
                .put("jdk", Runtime.version().toString()))
        .put("command", "faultline bench overhead")
        .put("tookMs", tookMs)
        .put("goalsMet", goals.stream().filter(Goal::met).count())
        .put("goals", all);
  }
}
