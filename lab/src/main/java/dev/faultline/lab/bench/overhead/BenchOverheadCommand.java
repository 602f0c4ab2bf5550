package dev.faultline.lab.bench.overhead;

import dev.faultline.config.IpcTransport;
import dev.faultline.lab.demo.Console;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * {@code faultline bench overhead}: runs {@link OverheadBench} and prints every goal with its
 * measured value, its ratio to the goal and whether it was met; exits 0 when the benchmark ran,
 * whatever it found (the report says which goals were met), 1 when it could not run. Its own runner
 * and report, beside the lesson's parts: these are goals for faultline, not claims about the OS.
 */
public final class BenchOverheadCommand {
  /** The {@code bench} part name that runs it. */
  public static final String PART = "overhead";

  private BenchOverheadCommand() {}

  /**
   * @param reportJson null, or where the JSON report goes
   * @param reportHtml null, or where the HTML page goes
   * @param runDir where the servers' run directories go
   * @param ipc the main process-mode server's worker transport (each gets its own row anyway)
   */
  public static int run(Path reportJson, Path reportHtml, Path runDir, IpcTransport ipc) {
    Console console = new Console(System.out);
    Vertx vertx = Vertx.vertx();
    long started = System.nanoTime();
    try {
      OverheadBench bench = new OverheadBench(vertx, console, runDir, ipc);
      List<Goal> goals = bench.run();
      JsonObject report =
          report(goals, (System.nanoTime() - started) / 1_000_000, ipc)
              .put("startPhases", bench.startPhases().toJson());
      goals.forEach(g -> System.out.println(g.row()));
      System.out.println();
      bench.startPhases().rows().forEach(System.out::println);
      if (reportJson != null) {
        Files.writeString(reportJson, report.encodePrettily());
      }
      if (reportHtml != null) {
        Files.writeString(reportHtml, OverheadPage.render(report));
        console.root("HTML report written to " + reportHtml.toAbsolutePath());
      }
      return 0;
    } catch (Exception e) {
      console.root("the overhead benchmark could not run: " + e);
      return 1;
    } finally {
      vertx.close();
    }
  }

  static JsonObject report(List<Goal> goals, long tookMs, IpcTransport ipc) throws Exception {
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
        .put("command", "faultline bench overhead --ipc " + ipc.label())
        .put("tookMs", tookMs)
        .put("goalsMet", goals.stream().filter(Goal::met).count())
        .put("goals", all);
  }
}
