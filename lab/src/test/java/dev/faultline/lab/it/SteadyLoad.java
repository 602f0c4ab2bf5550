package dev.faultline.lab.it;

import dev.faultline.worker.Workload;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop senders against one server: each sends its next request when the previous one is
 * answered, until {@link #stop()} or its request budget is spent (bounded in count; the caller
 * bounds it in time). Every outcome is recorded and checked against the workload's digest.
 */
final class SteadyLoad implements AutoCloseable {
  /** One request and what came back. */
  record Outcome(
      long input,
      long sentAtNanos,
      long answeredAtNanos,
      int status,
      String body,
      IOException error) {
    boolean correct(int cost) {
      return status == 200
          && Long.toHexString(Workload.digest(input, cost))
              .equals(new JsonObject(body).getString("digest"));
    }

    /**
     * Refused by a stopping server before it started (not a request it accepted and then dropped).
     */
    boolean refusedAtTheDoor() {
      return status == 503
          && "shutting_down".equals(new JsonObject(body).getString("error"))
          && new JsonObject(body).getString("message").contains("takes no new request");
    }

    boolean connectionRefused() {
      return error instanceof ConnectException;
    }

    String describe() {
      return error != null ? error.toString() : status + " " + body;
    }
  }

  private final ServerJvm server;
  private final int cost;
  private final AtomicBoolean stop = new AtomicBoolean();
  private final AtomicLong nextInput = new AtomicLong(1_000);
  private final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
  private final ExecutorService senders;
  private final List<Future<?>> running = new ArrayList<>();

  SteadyLoad(ServerJvm server, int senders, int cost, int maxRequestsPerSender) {
    this.server = server;
    this.cost = cost;
    this.senders = Executors.newFixedThreadPool(senders);
    for (int i = 0; i < senders; i++) {
      running.add(this.senders.submit(() -> send(maxRequestsPerSender)));
    }
  }

  private void send(int max) {
    for (int i = 0; i < max && !stop.get(); i++) {
      long input = nextInput.getAndIncrement();
      long sent = System.nanoTime();
      try {
        ServerJvm.Reply r = server.get("/work?input=" + input + "&cost=" + cost, Map.of());
        outcomes.add(new Outcome(input, sent, System.nanoTime(), r.status(), r.body(), null));
      } catch (IOException e) {
        outcomes.add(new Outcome(input, sent, System.nanoTime(), 0, "", e));
      }
    }
  }

  int answered() {
    return outcomes.size();
  }

  /** Lets every sender finish the request it has in flight, then returns all outcomes. */
  List<Outcome> stop() throws Exception {
    stop.set(true);
    for (Future<?> f : running) {
      f.get(120, TimeUnit.SECONDS);
    }
    return List.copyOf(outcomes);
  }

  @Override
  public void close() {
    stop.set(true);
    senders.shutdownNow();
  }
}
