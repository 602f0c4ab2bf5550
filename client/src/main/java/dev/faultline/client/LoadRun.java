package dev.faultline.client;

import dev.faultline.chaos.ChaosGuard;
import dev.faultline.chaos.FaultSchedule;
import dev.faultline.config.LoadSettings;
import dev.faultline.config.Target;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One open-loop load run against one or more targets. Requests leave on schedule whether or not
 * earlier ones were answered; each target gets the same requests at the same moments. Everything
 * runs on one Vert.x context, so the statistics need no locks. The run is bounded: it ends after
 * the planned requests and their answers (or timeouts), and a hard deadline ends it regardless.
 */
public final class LoadRun {
  /** Requests one target may have outstanding; beyond that a due request is counted as failed. */
  public static final int MAX_IN_FLIGHT = 2_000;
  /** Connections per target; more requests than this wait in the client's queue, on the clock. */
  private static final int MAX_CONNECTIONS = 32;

  private final Vertx vertx;
  private final LoadSettings settings;
  private final FaultSchedule faults;
  private final List<PlannedRequest> plan;
  private final Map<Target, TargetStats> stats = new LinkedHashMap<>();
  private final ProgressPrinter progress;
  private final CompletableFuture<LoadReport> done = new CompletableFuture<>();
  private WebClient client;
  private long startNanos;
  private int next;
  private long schedulerTimer;
  private long progressTimer;
  private long seconds;

  public LoadRun(Vertx vertx, LoadSettings settings, Consumer<String> console) {
    this.vertx = vertx;
    this.settings = settings;
    this.faults = new FaultSchedule(settings.faults(), settings.faultEvery(), settings.duration());
    this.plan = RequestPlan.build(settings, faults);
    settings.targets().forEach(t -> stats.put(t, new TargetStats()));
    this.progress = new ProgressPrinter(console);
  }

  /** Starts the run on a Vert.x context of its own; completes with the report. */
  public CompletableFuture<LoadReport> start() {
    Context context = vertx.getOrCreateContext();
    context.runOnContext(v -> begin());
    return done;
  }

  private void begin() {
    client = WebClient.create(vertx, new WebClientOptions().setKeepAlive(true).setTcpNoDelay(true),
        new PoolOptions().setHttp1MaxSize(MAX_CONNECTIONS));
    startNanos = System.nanoTime();
    schedulerTimer = vertx.setPeriodic(1, id -> sendDue());
    progressTimer = vertx.setPeriodic(1000, id -> progress.second(++seconds, stats));
    long hardDeadlineMs = settings.duration().plus(settings.timeout()).toMillis() + 5_000;
    vertx.setTimer(hardDeadlineMs, id -> finish());
  }

  private void sendDue() {
    long now = System.nanoTime() - startNanos;
    while (next < plan.size() && plan.get(next).dueNanos <= now) {
      PlannedRequest r = plan.get(next++);
      stats.forEach((target, s) -> send(target, s, r));
    }
    if (next == plan.size()) {
      vertx.cancelTimer(schedulerTimer);
      finishWhenQuiet();
    }
  }

  private void send(Target target, TargetStats s, PlannedRequest r) {
    long dueAt = startNanos + r.dueNanos;
    s.sent(r);
    if (s.inFlight > MAX_IN_FLIGHT) {
      s.completed(r, Outcome.failed("client_in_flight_limit"), micros(dueAt));
      return;
    }
    HttpRequest<io.vertx.core.buffer.Buffer> req = client.get(target.port(), target.host(), r.uri())
        .timeout(settings.timeout().toMillis());
    if (r.poisoned()) {
      req.putHeader(ChaosGuard.TOKEN_HEADER, settings.chaosToken());
    }
    req.send().onComplete(ar -> {
      Outcome o = ar.succeeded() ? ResponseCheck.judge(r, ar.result()) : ResponseCheck.judge(ar.cause());
      s.completed(r, o, micros(dueAt));
      if (next == plan.size()) {
        finishWhenQuiet();
      }
    });
  }

  private void finishWhenQuiet() {
    if (stats.values().stream().allMatch(s -> s.inFlight == 0)) {
      finish();
    }
  }

  private void finish() {
    if (done.isDone()) {
      return;
    }
    vertx.cancelTimer(schedulerTimer);
    vertx.cancelTimer(progressTimer);
    progress.last(System.nanoTime() - startNanos, stats);
    client.close();
    done.complete(LoadReport.of(settings, faults, stats));
  }

  private long micros(long dueAtNanos) {
    return (System.nanoTime() - dueAtNanos) / 1_000;
  }
}
