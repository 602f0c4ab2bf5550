package dev.faultline.lab.matrix;

import dev.faultline.worker.Workload;
import io.vertx.core.Vertx;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;

/**
 * Steady open-loop background load against one server for one trial: a request every {@code 1/rate}
 * seconds, each for one of {@value #HOT_INPUTS} inputs drawn from the seed (a hot set, as real
 * caches see, so the shared result cache holds them), each answer's digest checked. Requests leave
 * on schedule whether or not earlier ones were answered, and latency counts from the schedule.
 * Keep-alive is off: every request opens its own connection, as independent clients do, so a front
 * that can no longer accept shows. Its {@link TrialClock} says when to inject and when the window
 * is over; the {@link Hooks} act. Runs on one Vert.x context (no locks). Bounded: a plan sized for
 * the longest trial, and a hard deadline after which an unanswered request counts as {@code
 * no_answer}.
 */
final class BackgroundLoad implements TrialClock.AnswersSoFar {
  static final int HOT_INPUTS = 32;

  /**
   * Beyond this many requests in flight a due request fails at once, so a dead target costs no
   * memory.
   */
  private static final int MAX_IN_FLIGHT = 1_000;

  /** What the trial does at the load's two moments; both run on the load's context. */
  interface Hooks {
    void inject();

    void windowEnded();
  }

  /**
   * Every request's sample, and the phases as they happened.
   *
   * @param injected false if the load ended before the fault could be sent
   * @param windowComplete false if the load ended before the window did
   */
  record Result(
      List<Sample> samples, Timeline timeline, boolean injected, boolean windowComplete) {}

  private final Vertx vertx;
  private final int port;
  private final int cost;
  private final long timeoutMs;
  private final long intervalNanos;
  private final TrialClock clock;
  private final Hooks hooks;
  private final long[] inputs;
  private final String[] expected;
  private final int[] keyOf;
  private final long[] latencyMicros;
  private final String[] outcome;
  private final CompletableFuture<Result> done = new CompletableFuture<>();
  private WebClient client;
  private long startNanos;
  private int next;
  private int inFlight;
  private boolean stopped;
  private long ticker;

  BackgroundLoad(Vertx vertx, int port, MatrixSettings s, Hooks hooks) {
    this.vertx = vertx;
    this.port = port;
    this.cost = s.cost();
    this.timeoutMs = s.timeout().toMillis();
    this.intervalNanos = Math.round(1e9 / s.rate());
    this.clock = new TrialClock(s.timeline());
    this.hooks = hooks;
    int count =
        (int) (TrialClock.longestNanos(s.timeline(), s.timeout().toNanos()) / intervalNanos) + 1;
    SplittableRandom random = new SplittableRandom(s.seed());
    this.inputs = random.longs(HOT_INPUTS).toArray();
    this.expected = new String[HOT_INPUTS];
    for (int i = 0; i < HOT_INPUTS; i++) {
      expected[i] = Long.toHexString(Workload.digest(inputs[i], cost));
    }
    this.keyOf = random.ints(count, 0, HOT_INPUTS).toArray();
    this.latencyMicros = new long[count];
    this.outcome = new String[count];
  }

  /** Starts at {@code startNanos} ({@link System#nanoTime()}). */
  CompletableFuture<Result> run(long startNanos) {
    this.startNanos = startNanos;
    vertx.getOrCreateContext().runOnContext(v -> begin());
    return done;
  }

  private void begin() {
    client =
        WebClient.create(
            vertx,
            new WebClientOptions()
                .setKeepAlive(false)
                .setTcpNoDelay(true)
                .setConnectTimeout((int) timeoutMs),
            new PoolOptions().setHttp1MaxSize(MAX_IN_FLIGHT));
    ticker = vertx.setPeriodic(1, id -> tick());
    long hardDeadlineMs =
        (startNanos - System.nanoTime() + keyOf.length * intervalNanos) / 1_000_000
            + timeoutMs
            + 2_000;
    vertx.setTimer(Math.max(1, hardDeadlineMs), id -> finish());
  }

  private void tick() {
    long now = System.nanoTime() - startNanos;
    while (next < keyOf.length && due(next) <= now && clock.sends(due(next))) {
      send(next++);
    }
    TrialClock.Step step = clock.tick(now, this);
    if (step == TrialClock.Step.INJECT) {
      hooks.inject();
    }
    if (step == TrialClock.Step.WINDOW_OVER || next == keyOf.length) {
      vertx.cancelTimer(ticker);
      stopped = true;
      if (clock.injected()) {
        hooks.windowEnded();
      }
      finishWhenQuiet();
    }
  }

  @Override
  public boolean allCorrect(long fromDue, long toDue) {
    int from = firstDueAtOrAfter(fromDue);
    int to = Math.min(next, firstDueAtOrAfter(toDue));
    for (int i = from; i < to; i++) {
      if (!"".equals(outcome[i])) {
        return false;
      }
    }
    return fromDue >= 0 && to > from;
  }

  @Override
  public boolean allAnswered(long fromDue, long toDue) {
    int to = firstDueAtOrAfter(toDue);
    if (next < to) {
      return false;
    }
    for (int i = firstDueAtOrAfter(fromDue); i < to; i++) {
      if (outcome[i] == null) {
        return false;
      }
    }
    return true;
  }

  private int firstDueAtOrAfter(long due) {
    return (int) Math.min(keyOf.length, Math.max(0, (due + intervalNanos - 1) / intervalNanos));
  }

  private long due(int i) {
    return i * intervalNanos;
  }

  private void send(int i) {
    if (inFlight >= MAX_IN_FLIGHT) {
      record(i, "client_in_flight_limit");
      return;
    }
    inFlight++;
    int key = keyOf[i];
    client
        .get(port, "127.0.0.1", "/work?input=" + inputs[key] + "&cost=" + cost)
        .timeout(timeoutMs)
        .send()
        .onComplete(
            ar -> {
              inFlight--;
              record(
                  i,
                  ar.succeeded()
                      ? Answers.judge(ar.result(), expected[key])
                      : Answers.judge(ar.cause()));
              finishWhenQuiet();
            });
  }

  private void record(int i, String result) {
    if (outcome[i] == null && !done.isDone()) {
      outcome[i] = result;
      latencyMicros[i] = (System.nanoTime() - (startNanos + due(i))) / 1_000;
    }
  }

  private void finishWhenQuiet() {
    if (stopped && inFlight == 0) {
      finish();
    }
  }

  private void finish() {
    if (done.isDone()) {
      return;
    }
    vertx.cancelTimer(ticker);
    List<Sample> samples = new ArrayList<>(next);
    for (int i = 0; i < next; i++) {
      record(i, "no_answer");
      samples.add(new Sample(due(i), latencyMicros[i], outcome[i]));
    }
    client.close();
    done.complete(new Result(samples, clock.phases(), clock.injected(), clock.over()));
  }
}
