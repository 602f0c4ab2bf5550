package dev.faultline.lab.matrix;

import dev.faultline.client.Answer;
import dev.faultline.client.LoadListener;
import dev.faultline.client.LoadRun;
import dev.faultline.config.LoadSettings;
import dev.faultline.config.Target;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The steady background load of one trial against one server, run by the client's {@link LoadRun}
 * (the product's one load generator, and its one answer check): open loop at the matrix's rate, a
 * connection per request (as independent clients open them, so a front that can no longer accept
 * shows), each request for one of {@value #HOT_INPUTS} inputs drawn from the seed (a hot set, so
 * the shared result cache holds them and a corrupted cache shows as wrong answers), each answer's
 * digest checked. This class only listens: it keeps every request's outcome, lets its {@link
 * TrialClock} decide when to inject and when the window is over, calls the {@link Hooks}, and stops
 * the run when the window is over. It runs on the load's context (no locks). Bounded: the plan is
 * sized for the longest trial, and the run has its own hard deadline; a request without an outcome
 * at the end counts as {@value #NO_ANSWER}.
 */
final class TrialLoad implements TrialClock.AnswersSoFar, LoadListener {
  static final int HOT_INPUTS = 32;
  static final String NO_ANSWER = "no_answer";

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
  private final double rate;
  private final TrialClock clock;
  private final Hooks hooks;
  private final LoadRun run;
  private final String[] outcome;
  private final long[] latencyMicros;
  private long startNanos;
  private long ticker = -1;
  private int seen;
  private boolean windowEnded;

  TrialLoad(Vertx vertx, String name, int port, MatrixSettings s, Hooks hooks) {
    this.vertx = vertx;
    this.rate = s.rate();
    this.clock = new TrialClock(s.timeline());
    this.hooks = hooks;
    long longestNanos = TrialClock.longestNanos(s.timeline(), s.timeout().toNanos());
    LoadSettings load =
        new LoadSettings(
            List.of(new Target(name, "127.0.0.1", port)),
            s.rate(),
            Duration.ofMillis(longestNanos / 1_000_000 + 1),
            s.cost(),
            List.of(),
            LoadSettings.DEFAULT_FAULT_EVERY,
            s.seed(),
            null,
            s.timeout(),
            null);
    int count = (int) load.plannedRequests();
    this.outcome = new String[count];
    this.latencyMicros = new long[count];
    this.run =
        new LoadRun(vertx, load, line -> {})
            .listen(this)
            .connectionPerRequest()
            .hotInputs(HOT_INPUTS);
  }

  CompletableFuture<Result> run() {
    return run.start().thenApply(report -> result());
  }

  @Override
  public void started(long startNanos) {
    this.startNanos = startNanos;
    ticker = vertx.setPeriodic(1, id -> tick());
  }

  @Override
  public void answered(Answer a) {
    int i = (int) a.seq();
    if (i < outcome.length && outcome[i] == null) {
      outcome[i] = a.errorCode();
      latencyMicros[i] = a.latencyMicros();
      seen = Math.max(seen, i + 1);
    }
  }

  private void tick() {
    TrialClock.Step step = clock.tick(System.nanoTime() - startNanos, this);
    if (step == TrialClock.Step.INJECT) {
      hooks.inject();
    }
    if (step == TrialClock.Step.WINDOW_OVER) {
      endWindow();
      run.stop();
    }
  }

  /** Once, when the window is over or the load ended first; nothing to end before the fault. */
  private void endWindow() {
    vertx.cancelTimer(ticker);
    if (clock.injected() && !windowEnded) {
      windowEnded = true;
      hooks.windowEnded();
    }
  }

  @Override
  public boolean allCorrect(long fromDue, long toDue) {
    int from = firstDueAtOrAfter(fromDue);
    int to = firstDueAtOrAfter(toDue);
    for (int i = from; i < to; i++) {
      if (!"".equals(outcome[i])) {
        return false;
      }
    }
    return fromDue >= 0 && to > from;
  }

  @Override
  public boolean allAnswered(long fromDue, long toDue) {
    for (int i = firstDueAtOrAfter(fromDue); i < firstDueAtOrAfter(toDue); i++) {
      if (outcome[i] == null) {
        return false;
      }
    }
    return true;
  }

  /** Request i of a constant-rate plan is due at i / rate seconds. */
  private long due(int i) {
    return Math.round(i * 1e9 / rate);
  }

  private int firstDueAtOrAfter(long dueNanos) {
    int i = (int) Math.max(0, Math.min(outcome.length, Math.floor(dueNanos * rate / 1e9) - 1));
    while (i < outcome.length && due(i) < dueNanos) {
      i++;
    }
    return i;
  }

  private Result result() {
    endWindow();
    List<Sample> samples = new ArrayList<>(seen);
    for (int i = 0; i < seen; i++) {
      String got = outcome[i] == null ? NO_ANSWER : outcome[i];
      samples.add(new Sample(due(i), latencyMicros[i], got));
    }
    return new Result(samples, clock.phases(), clock.injected(), clock.over());
  }
}
