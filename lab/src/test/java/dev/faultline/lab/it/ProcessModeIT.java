package dev.faultline.lab.it;

import static dev.faultline.lab.it.ServerLogFile.containsAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.faultline.lab.it.ServerJvm.Reply;
import dev.faultline.worker.Workload;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Process mode against real faults: one master with 2 worker JVMs, shared by the tests. Each test
 * first waits for both workers to be ready, so the order of the tests does not matter.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ProcessModeIT {
  private static final String TOKEN = "process-it-token";
  private static final Map<String, String> CHAOS = Map.of("X-Chaos-Token", TOKEN);
  private static final int WORKERS = 2;
  private static final Duration REPLACED = Duration.ofSeconds(60);

  @TempDir static Path tmp;
  private ServerJvm server;

  @BeforeAll
  void startServer() throws IOException {
    server = servers.start("process", WORKERS, TOKEN, tmp.resolve("run"));
  }

  @RegisterExtension static final ServerExtension servers = new ServerExtension();

  @Test
  void shouldReplaceWorkerWhenItSegfaultsWhileConcurrentRequestsKeepSucceeding() throws Exception {
    long restartsBefore = server.awaitAllReady(WORKERS).getLong("workerRestarts");
    int logStart = server.log().size();
    int senders = 4;
    int perSender = 50;
    int cost = 150; // ~8 ms of work: 4 closed-loop senders keep both workers busy, each with a job
    // queued in its pipeline
    String faultPath = "/work?input=777&cost=5&fault=segfault";
    long[] sentAt = new long[senders * perSender];
    Reply[] replies = new Reply[senders * perSender];
    AtomicInteger answered = new AtomicInteger();

    ExecutorService pool = Executors.newFixedThreadPool(senders);
    Reply fault;
    long faultAnsweredAt;
    try {
      List<Future<?>> streams = new ArrayList<>();
      for (int t = 0; t < senders; t++) {
        int first = t * perSender;
        streams.add(
            pool.submit(
                () -> {
                  for (int i = first; i < first + perSender; i++) {
                    sentAt[i] = System.nanoTime();
                    replies[i] = server.get("/work?input=" + input(i) + "&cost=" + cost);
                    answered.incrementAndGet();
                  }
                  return null;
                }));
      }
      await("a quarter of the plain requests answered")
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  answered.get() >= senders * perSender / 4
                      || streams.stream().anyMatch(Future::isDone));
      fault = server.get(faultPath, CHAOS);
      faultAnsweredAt = System.nanoTime();
      for (Future<?> f : streams) {
        f.get(120, TimeUnit.SECONDS); // a sender's IOException fails the test here
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(fault.status()).as("faulted request: %s", fault.body()).isEqualTo(502);
    JsonObject crash = fault.json();
    assertThat(crash.getString("error")).isEqualTo("worker_crashed");
    assertThat(crash.getString("cause")).isEqualTo("SIGSEGV");
    int workerId = crash.getInteger("worker");
    long crashedPid = crash.getLong("pid");
    assertThat(workerId).isBetween(1, WORKERS);

    List<String> problems = new ArrayList<>();
    int sentAfterCrash = 0;
    for (int i = 0; i < replies.length; i++) {
      Reply r = replies[i];
      String expected = Long.toHexString(Workload.digest(input(i), cost));
      if (r.status() != 200
          || !expected.equals(r.json().getString("digest"))
          || !"process".equals(r.json().getString("mode"))) {
        problems.add(
            "request "
                + i
                + ": "
                + r.status()
                + " "
                + r.body()
                + " (expected digest "
                + expected
                + ")");
      }
      if (sentAt[i] > faultAnsweredAt) {
        sentAfterCrash++;
      }
    }
    assertThat(problems).as("plain requests that did not get a correct 200").isEmpty();
    assertThat(sentAfterCrash).as("plain requests sent after the crash was answered").isPositive();
    System.out.printf(
        "ProcessModeIT: %d plain requests all correct, %d of them sent after the 502%n",
        replies.length, sentAfterCrash);

    JsonObject after = server.awaitAllReady(WORKERS);
    assertThat(after.getLong("workerRestarts")).isGreaterThanOrEqualTo(restartsBefore + 1);
    assertThat(worker(after, workerId).getLong("pid")).isNotEqualTo(crashedPid);
    assertThat(server.runDir().resolve("hs_err_pid" + crashedPid + ".log")).isRegularFile();

    int died =
        server.awaitLogLine(
            logStart,
            "died line naming SIGSEGV and the faulted request, failed (others queued behind it "
                + "on that worker, pipelined, are retried)",
            containsAll(
                "worker " + workerId + " (pid " + crashedPid + ") died",
                "SIGSEGV",
                "GET " + faultPath + " (failed, 502)"));
    server.awaitLogLine(
        died + 1,
        "replacement ready line",
        containsAll("worker " + workerId + " (pid ", "ready in", "replaces pid " + crashedPid));
  }

  @Test
  void shouldReplaceWorkerWhenItIsKilledFromOutside() throws Exception {
    JsonObject before = server.awaitAllReady(WORKERS);
    int logStart = server.log().size();
    long oldPid = worker(before, 1).getLong("pid");
    ProcessHandle victim = ProcessHandle.of(oldPid).orElseThrow();
    assertThat(victim.parent().map(ProcessHandle::pid))
        .as("worker's parent")
        .contains(server.pid());

    assertThat(victim.destroyForcibly()).isTrue();

    JsonObject after =
        await("worker 1 replaced")
            .atMost(REPLACED)
            .pollInterval(Duration.ofMillis(200))
            .until(
                server::status,
                s ->
                    worker(s, 1).getLong("pid") != oldPid
                        && "ready".equals(worker(s, 1).getString("state")));
    assertThat(after.getLong("workerRestarts"))
        .isGreaterThanOrEqualTo(before.getLong("workerRestarts") + 1);
    assertThat(worker(after, 1).getInteger("restarts"))
        .isEqualTo(worker(before, 1).getInteger("restarts") + 1);
    assertThat(ProcessHandle.of(worker(after, 1).getLong("pid")))
        .as("replacement process")
        .isPresent();
    int died =
        server.awaitLogLine(
            logStart,
            "died line naming SIGKILL",
            containsAll("worker 1 (pid " + oldPid + ") died", "SIGKILL"));
    server.awaitLogLine(
        died + 1, "replacement ready line", containsAll("ready in", "replaces pid " + oldPid));
    assertThat(server.get("/work?input=5&cost=1").status()).isEqualTo(200);
  }

  @Test
  void shouldReplaceWorkerAndAnswer502WhenItCallsSystemExit() throws Exception {
    long restartsBefore = server.awaitAllReady(WORKERS).getLong("workerRestarts");
    int logStart = server.log().size();

    Reply r = server.get("/work?input=3&cost=1&fault=exit", CHAOS);

    assertThat(r.status()).as(r.body()).isEqualTo(502);
    JsonObject body = r.json();
    assertThat(body.getString("error")).isEqualTo("worker_crashed");
    assertThat(body.getString("cause")).isEqualTo("exit code 1");
    assertThat(body.getInteger("exitCode")).isEqualTo(1);
    long pid = body.getLong("pid");
    assertThat(server.runDir().resolve("hs_err_pid" + pid + ".log"))
        .as("no crash report for a plain exit")
        .doesNotExist();
    server.awaitLogLine(
        logStart,
        "died line naming the exit",
        containsAll(
            "(pid " + pid + ") died", "exit code 1", "GET /work?input=3&cost=1&fault=exit"));
    JsonObject after = server.awaitAllReady(WORKERS);
    assertThat(after.getLong("workerRestarts")).isGreaterThanOrEqualTo(restartsBefore + 1);
    assertThat(worker(after, body.getInteger("worker")).getLong("pid")).isNotEqualTo(pid);
  }

  @Test
  void shouldReplaceWorkerAndAnswer502WhenItExhaustsItsHeap() throws Exception {
    long restartsBefore = server.awaitAllReady(WORKERS).getLong("workerRestarts");

    Reply r = server.get("/work?input=4&cost=1&fault=oom", CHAOS);

    assertThat(r.status()).as(r.body()).isEqualTo(502);
    assertThat(r.json().getString("error")).isEqualTo("worker_crashed");
    assertThat(r.json().getString("cause")).isEqualTo("OutOfMemoryError");
    assertThat(server.awaitAllReady(WORKERS).getLong("workerRestarts"))
        .isGreaterThanOrEqualTo(restartsBefore + 1);
  }

  @Test
  void shouldAnswer500AndKeepTheWorkerWhenTheJobThrows() throws Exception {
    JsonObject before = server.awaitAllReady(WORKERS);
    int logStart = server.log().size();

    Reply r = server.get("/work?input=6&cost=1&fault=exception", CHAOS);

    assertThat(r.status()).as(r.body()).isEqualTo(500);
    assertThat(r.json().getString("error")).isEqualTo("job_failed");
    assertThat(r.json().getString("message")).contains("InjectedFaultException");
    Reply next = server.get("/work?input=6&cost=1");
    assertThat(next.status()).isEqualTo(200);
    assertThat(next.json().getString("digest")).isEqualTo(Long.toHexString(Workload.digest(6, 1)));
    // Nothing dies, now or a little later: same restart count, same worker pids, both ready.
    await("no worker replaced")
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(200))
        .until(
            server::status,
            s ->
                s.getLong("workerRestarts").equals(before.getLong("workerRestarts"))
                    && pids(s).equals(pids(before))
                    && s.getLong("ready") == WORKERS);
    assertThat(server.log().subList(logStart, server.log().size()))
        .noneMatch(l -> l.contains("died"));
  }

  private static long input(int i) {
    return i * 7_919L - 1_000_003L;
  }

  private static JsonObject worker(JsonObject status, int id) {
    return status.getJsonArray("workers").stream()
        .map(JsonObject.class::cast)
        .filter(w -> w.getInteger("id") == id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no worker " + id + " in " + status.encode()));
  }

  private static List<Long> pids(JsonObject status) {
    return status.getJsonArray("workers").stream()
        .map(w -> ((JsonObject) w).getLong("pid"))
        .toList();
  }
}
