package dev.faultline.client;

import dev.faultline.chaos.FaultSchedule;
import dev.faultline.config.LoadModel;
import dev.faultline.config.LoadSettings;
import dev.faultline.config.Target;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One load run against one or more targets, paced as its {@link LoadModel} says: open loop (the
 * default), closed loop or max rate, at a constant or ramping rate. Each target gets the same
 * requests at the same scheduled moments. Everything runs on one Vert.x context, so the statistics
 * need no locks. Expected digests are computed ahead on a thread of their own ({@link
 * ExpectedDigests}), and the run measures its own cost ({@link ClientCost}): CPU per answer, and
 * the seconds in which the client, not a server, was the bottleneck. The run is bounded: sending
 * stops at the end of the duration plus one timeout (whatever still waits is counted as not sent),
 * and a hard deadline ends it regardless.
 *
 * <p>A caller that decides things while the load runs (the fault matrix) may, before {@link
 * #start()}, {@link #listen} to every request's outcome, open a {@link #connectionPerRequest()
 * connection per request}, ask for a {@link #hotInputs hot set of inputs}, and {@link #stop()} the
 * run early.
 */
public final class LoadRun {
  /** Requests one target may have outstanding in open loop, unless the model says otherwise. */
  public static final int MAX_IN_FLIGHT = LoadModel.DEFAULT_MAX_IN_FLIGHT;

  /** A request that leaves later than this after its scheduled moment counts as late. */
  public static final Duration LATE_AFTER = Duration.ofMillis(10);

  /**
   * An idle pooled connection is closed by the client after this, well before faultline's server
   * closes it (its idle timeout is 30 s): with Vert.x's default of 60 s the client could reuse a
   * connection in the moment the server closed it for idleness, and a request that never reached
   * the server failed as {@code connection_closed}, the classic keep-alive race (our reading of the
   * one such failure in a 1,000-death soak, after a pause had left many connections idle).
   */
  public static final int KEEP_ALIVE_SECONDS = 10;

  private final Vertx vertx;
  private final LoadSettings settings;
  private final FaultSchedule faults;
  private List<PlannedRequest> plan;
  private final Map<Target, TargetStats> stats = new LinkedHashMap<>();
  private final List<TargetDispatch> dispatches = new ArrayList<>();
  private final ProgressPrinter progress;
  private final CompletableFuture<LoadReport> done = new CompletableFuture<>();
  private final List<Long> timers = new ArrayList<>();
  private Consumer<List<SecondSample>> onSecond = samples -> {};
  private CacheMissInputs unpacedInputs;
  private ExpectedDigests digests;
  private ClientCost cost;
  private LoadListener listener = LoadListener.NONE;
  private boolean connectionPerRequest;
  private int hotInputs;
  private Context context;
  private HttpClient client;
  private long schedulerTimer;
  private long startNanos;
  private long startEpochMs;
  private int next;
  private boolean sending = true;
  private long seconds;

  public LoadRun(Vertx vertx, LoadSettings settings, Consumer<String> console) {
    this.vertx = vertx;
    this.settings = settings;
    this.faults = new FaultSchedule(settings.faults(), settings.faultEvery(), settings.duration());
    settings.targets().forEach(t -> stats.put(t, new TargetStats(t.name())));
    this.progress = new ProgressPrinter(console);
  }

  public LoadSettings settings() {
    return settings;
  }

  /** Called once a second, on the run's context, with every target's last second. */
  public LoadRun onSecond(Consumer<List<SecondSample>> listener) {
    this.onSecond = listener;
    return this;
  }

  /** Every request's outcome goes to {@code l} too, on the run's context. Before {@link #start}. */
  public LoadRun listen(LoadListener l) {
    this.listener = l;
    return this;
  }

  /**
   * No keep-alive: every request opens its own connection, as independent clients do, so a server
   * that can no longer accept connections shows it. Before {@link #start}.
   */
  public LoadRun connectionPerRequest() {
    this.connectionPerRequest = true;
    return this;
  }

  /**
   * Plain requests ask for one of {@code n} inputs drawn from the seed instead of a fresh one each,
   * as real caches see a hot set, so the server's result cache holds them. Before {@link #start}.
   */
  public LoadRun hotInputs(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("hot inputs must be >= 0, but was " + n);
    }
    this.hotInputs = n;
    return this;
  }

  /** Starts the run on a Vert.x context of its own; completes with the report. */
  public CompletableFuture<LoadReport> start() {
    plan = settings.model().maxRate() ? List.of() : RequestPlan.build(settings, faults, hotInputs);
    context = vertx.getOrCreateContext();
    context.runOnContext(v -> begin());
    return done;
  }

  /**
   * Ends the run early, from any thread: nothing more is sent, whatever waits counts as not sent,
   * and the report completes once the requests in flight have their outcome.
   */
  public void stop() {
    context.runOnContext(v -> stopSending());
  }

  private void begin() {
    LoadModel model = settings.model();
    client =
        vertx.createHttpClient(
            new HttpClientOptions()
                .setKeepAlive(!connectionPerRequest)
                .setKeepAliveTimeout(KEEP_ALIVE_SECONDS)
                .setTcpNoDelay(true)
                .setConnectTimeout(
                    (int) Math.min(Integer.MAX_VALUE, settings.timeout().toMillis())),
            new PoolOptions().setHttp1MaxSize(model.inFlightLimit()));
    startNanos = System.nanoTime();
    startEpochMs = System.currentTimeMillis();
    cost = new ClientCost(startNanos);
    digests =
        ExpectedDigests.start(model.maxRate() ? unpacedInputs().templates() : plan, startNanos);
    HttpExchange http =
        new HttpExchange(
            client, settings.timeout().toMillis(), settings.chaosToken(), context, cost);
    listener.started(startNanos);
    stats.forEach(
        (t, s) ->
            dispatches.add(
                new TargetDispatch(
                    t,
                    s,
                    http,
                    model.inFlightLimit(),
                    startNanos,
                    model.maxRate() ? feed() : null,
                    this::onAnswer,
                    listener)));
    if (model.maxRate()) {
      dispatches.forEach(TargetDispatch::prime);
      timers.add(vertx.setPeriodic(1, id -> cost.tick(System.nanoTime())));
    } else {
      schedulerTimer = vertx.setPeriodic(1, id -> sendDue());
      timers.add(schedulerTimer);
    }
    timers.add(vertx.setPeriodic(1000, id -> everySecond()));
    timers.add(
        vertx.setTimer(
            settings.duration().plus(settings.timeout()).toMillis(), id -> stopSending()));
    timers.add(
        vertx.setTimer(
            settings.duration().plus(settings.timeout().multipliedBy(2)).toMillis() + 5_000,
            id -> finish()));
  }

  /** One set for every target of a max-rate run, so each digest is computed once. */
  private CacheMissInputs unpacedInputs() {
    if (unpacedInputs == null) {
      unpacedInputs = new CacheMissInputs(settings.seed(), settings.cost());
    }
    return unpacedInputs;
  }

  private UnpacedFeed feed() {
    return new UnpacedFeed(
        unpacedInputs(),
        startNanos,
        startNanos + settings.duration().toNanos(),
        settings.plannedRequests());
  }

  private void sendDue() {
    cost.tick(System.nanoTime());
    long now = System.nanoTime() - startNanos;
    while (sending && next < plan.size() && plan.get(next).dueNanos <= now) {
      PlannedRequest r = plan.get(next++);
      dispatches.forEach(d -> d.due(r));
    }
    if (next == plan.size()) {
      vertx.cancelTimer(schedulerTimer);
      timers.add(vertx.setPeriodic(1, id -> cost.tick(System.nanoTime())));
      finishWhenQuiet();
    }
  }

  private void everySecond() {
    long second = ++seconds;
    onSecond.accept(
        stats.entrySet().stream()
            .map(e -> SecondSample.of(e.getKey().name(), second, e.getValue()))
            .toList());
    progress.second(second, stats);
    stats.values().forEach(s -> s.timeline.closeSettled(seconds - 1));
  }

  /** The send window is over: requests still waiting for a free slot will never leave. */
  private void stopSending() {
    sending = false;
    dispatches.forEach(TargetDispatch::abandonBacklog);
    finishWhenQuiet();
  }

  private void onAnswer() {
    if (settings.model().maxRate() || next == plan.size() || !sending) {
      finishWhenQuiet();
    }
  }

  /** Max rate: quiet means the feed ran dry, since every answer brings the next request. */
  private void finishWhenQuiet() {
    boolean allScheduled = settings.model().maxRate() || next == plan.size() || !sending;
    for (TargetDispatch d : dispatches) {
      if (!d.quiet()) {
        return;
      }
    }
    if (allScheduled) {
      finish();
    }
  }

  private void finish() {
    if (done.isDone() || client == null) {
      return;
    }
    timers.forEach(vertx::cancelTimer);
    sending = false;
    dispatches.forEach(TargetDispatch::abandonBacklog);
    progress.last(System.nanoTime() - startNanos, stats);
    client.close();
    digests.close();
    long answers = stats.values().stream().mapToLong(s -> s.sent - s.notSent).sum();
    done.complete(
        LoadReport.of(
            settings,
            faults,
            stats,
            new RunClock(startEpochMs, startNanos),
            cost.summary(answers)));
  }
}
