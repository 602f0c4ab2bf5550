package dev.faultline.lab.bench.part;

import dev.faultline.client.LoadReport;
import dev.faultline.client.LoadRun;
import dev.faultline.config.LoadSettings;
import dev.faultline.config.Mode;
import dev.faultline.config.Target;
import dev.faultline.lab.demo.Console;
import dev.faultline.lab.demo.FreePorts;
import dev.faultline.lab.demo.ServerProcess;
import dev.faultline.lab.demo.ServerSpec;
import dev.faultline.worker.WorkerMain;
import io.vertx.core.Vertx;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A real thread-mode and a real process-mode server ({@code serve}, through {@link ServerProcess}
 * like the demo and the matrix start them), and the same load on both from the client's {@link
 * LoadRun}, the product's one load generator. Their logs go to {@code servers.log} in the part's
 * directory; both servers stop when the part ends.
 */
final class ServedModes implements AutoCloseable {
  static final int START_TIMEOUT_S = 90;
  static final int COST = 10;
  static final String THREAD = "thread";
  static final String PROCESS = "process";

  private final ServerProcess thread;
  private final ServerProcess process;
  private final PrintStream log;
  private final Vertx vertx = Vertx.vertx();

  private ServedModes(ServerProcess thread, ServerProcess process, PrintStream log) {
    this.thread = thread;
    this.process = process;
    this.log = log;
  }

  static ServedModes start(PartContext ctx) throws Exception {
    PrintStream file =
        new PrintStream(
            Files.newOutputStream(ctx.dir().resolve("servers.log")), true, StandardCharsets.UTF_8);
    Console log = new Console(file);
    String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    int units = ctx.settings().workers();
    ServerProcess t = server(ctx, THREAD, Mode.THREAD, units, token, log);
    ServerProcess p = server(ctx, PROCESS, Mode.PROCESS, units, token, log);
    ServedModes modes = new ServedModes(t, p, file);
    ctx.children().onClose(modes::close);
    ctx.say("starting a thread-mode and a process-mode server, " + units + " units each");
    CompletableFuture.allOf(t.start(), p.start()).get(START_TIMEOUT_S, TimeUnit.SECONDS);
    return modes;
  }

  private static ServerProcess server(
      PartContext ctx, String name, Mode mode, int units, String token, Console log) {
    return new ServerProcess(
        ServerSpec.of(name, mode, FreePorts.pick(), units, token, ctx.dir().resolve(name)), log);
  }

  long threadPid() {
    return thread.pid();
  }

  long masterPid() {
    return process.pid();
  }

  /** The master's worker JVMs, as its children running {@link WorkerMain}. */
  List<Long> workerPids() {
    return ProcessHandle.of(process.pid()).stream()
        .flatMap(ProcessHandle::children)
        .filter(h -> h.info().commandLine().orElse("").contains(WorkerMain.class.getName()))
        .map(ProcessHandle::pid)
        .toList();
  }

  /** The same open-loop load on both servers; returns the report (answers checked). */
  LoadReport load(PartContext ctx) throws Exception {
    PartSettings s = ctx.settings();
    LoadSettings load =
        new LoadSettings(
            List.of(target(thread), target(process)),
            s.rate(),
            s.loadDuration(),
            COST,
            List.of(),
            LoadSettings.DEFAULT_FAULT_EVERY,
            System.nanoTime(),
            null,
            LoadSettings.DEFAULT_TIMEOUT,
            null);
    ctx.say(
        "loading both: "
            + s.rate()
            + " req/s each for "
            + s.loadDuration().toSeconds()
            + " s, cost "
            + COST);
    return new LoadRun(vertx, load, line -> {})
        .start()
        .get(load.duration().toSeconds() + 60, TimeUnit.SECONDS);
  }

  static long ok(LoadReport r, String target) {
    return r.target(target).getLong("ok");
  }

  private static Target target(ServerProcess s) {
    return new Target(s.name(), "127.0.0.1", s.port());
  }

  @Override
  public void close() {
    thread.stop();
    process.stop();
    vertx.close();
    log.close();
  }
}
