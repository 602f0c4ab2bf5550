package dev.faultline.lab.soak;

import dev.faultline.client.Answer;
import dev.faultline.client.LoadListener;
import dev.faultline.client.LoadRun;
import dev.faultline.config.LoadSettings;
import dev.faultline.config.Target;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * One load of the soak, run by the client's {@link LoadRun} (the product's one load generator and
 * answer check): requests without a fault at a steady rate, each answer's digest checked, plus
 * faulted requests on the run's fault schedule. It tells the two apart by their place in the plan
 * (faulted requests come after the planned plain ones) and counts the outcomes of each by error
 * code ({@code ""} for a correct answer).
 */
final class SoakLoad implements LoadListener {
  static final List<String> FAULTS = List.of("segfault", "exit", "halt", "oom");
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final LoadRun run;
  private final long plain;
  private final Map<String, LongAdder> bystanders = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> faulted = new ConcurrentHashMap<>();

  /**
   * @param faults faults sent in turn, one every {@code faultEvery}; empty for none
   */
  SoakLoad(
      Vertx vertx,
      int port,
      double rate,
      Duration length,
      List<String> faults,
      Duration faultEvery,
      String token) {
    LoadSettings s =
        new LoadSettings(
            List.of(new Target("soak", "127.0.0.1", port)),
            rate,
            length,
            1,
            faults,
            faultEvery,
            System.nanoTime(),
            token,
            TIMEOUT,
            null);
    this.plain = s.plannedRequests();
    this.run = new LoadRun(vertx, s, line -> {}).listen(this);
  }

  private CompletableFuture<?> done;

  void start() {
    done = run.start();
  }

  /** Waits, bounded, until the run has ended and every request has its outcome. */
  void await(Duration limit) throws Exception {
    done.get(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
  }

  void stop() {
    run.stop();
  }

  @Override
  public void answered(Answer a) {
    (a.seq() < plain ? bystanders : faulted)
        .computeIfAbsent(a.errorCode(), k -> new LongAdder())
        .increment();
  }

  /** Outcomes of requests without a fault, by error code ("" = correct). */
  Map<String, Long> bystanders() {
    return snapshot(bystanders);
  }

  Map<String, Long> faulted() {
    return snapshot(faulted);
  }

  private static Map<String, Long> snapshot(Map<String, LongAdder> m) {
    Map<String, Long> out = new java.util.TreeMap<>();
    m.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }
}
