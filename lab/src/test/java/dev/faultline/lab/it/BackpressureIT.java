package dev.faultline.lab.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bounded queue in front of the pool: one worker with one job thread and room for one waiting
 * request; a third request at that moment gets 503 {@code overloaded} with Retry-After at once, and
 * the two it was refused for still get their answers.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class BackpressureIT {
  @TempDir(cleanup = CleanupMode.ON_SUCCESS)
  Path tmp;

  private ServerJvm server;

  @RegisterExtension final ServerExtension servers = new ServerExtension();

  @Test
  void shouldAnswer503WithRetryAfterWhenTheQueueIsFull() throws Exception {
    server =
        servers.start(
            "process",
            1,
            null,
            tmp.resolve("run"),
            List.of("--queue-bound", "1", "--test-hook", "sleep-job-on=15:2000"));
    server.awaitAllReady(1);
    CompletableFuture<HttpResponse<String>> running =
        CompletableFuture.supplyAsync(() -> send("/work?input=15&cost=1"));
    await("one running")
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(20))
        .until(
            () ->
                server.status().getJsonArray("workers").getJsonObject(0).getInteger("inFlight")
                    == 1);
    CompletableFuture<HttpResponse<String>> waiting =
        CompletableFuture.supplyAsync(() -> send("/work?input=16&cost=1"));
    // it waits in the master's queue or, pipelined, in the worker's: either way it is inside
    await("one waiting")
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(20))
        .until(
            () -> {
              JsonObject s = server.status();
              int inFlight = s.getJsonArray("workers").getJsonObject(0).getInteger("inFlight");
              return inFlight + s.getInteger("queued") == 2;
            });

    HttpResponse<String> refused = send("/work?input=17&cost=1");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
    assertThat(new JsonObject(refused.body()).getString("error")).isEqualTo("overloaded");
    assertThat(refused.headers().firstValue("Retry-After")).contains("1");
    assertThat(running.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    assertThat(waiting.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    assertThat(send("/work?input=17&cost=1").statusCode())
        .as("room again once they left")
        .isEqualTo(200);
  }

  private HttpResponse<String> send(String path) {
    try {
      return server.send(path, Map.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
