package dev.faultline.lab.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.worker.Workload;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 10,000 random and malformed requests per mode, one valid request after every few bad ones: the
 * server survives, every answer is well-formed HTTP or the connection is closed, and every valid
 * request gets the right digest. Chaos is on, so a wrong token is tested against a real one.
 */
class FuzzIT {
  private static final int BAD_REQUESTS = 10_000;
  private static final int VALID_EVERY = 5;
  private static final int TIMEOUT_MS = 10_000;
  private static final long SEED = 0xF0_22_11L;

  @TempDir Path tmp;

  @ParameterizedTest(name = "{0} mode")
  @ValueSource(strings = {"thread", "process"})
  @Timeout(value = 240, unit = TimeUnit.SECONDS)
  void shouldSurviveMalformedRequestsAndStillAnswerValidOnesRight(String mode) throws Exception {
    try (ServerJvm server = ServerJvm.start(mode, 2, "fuzz-it-token-1", tmp.resolve(mode))) {
      SplittableRandom random = new SplittableRandom(SEED);
      List<String> problems = new ArrayList<>();
      Map<Integer, Integer> statuses = new TreeMap<>();
      int valid = 0;
      for (int i = 0; i < BAD_REQUESTS; i++) {
        FuzzRequests.Kind kind = FuzzRequests.KINDS.get(random.nextInt(FuzzRequests.KINDS.size()));
        RawHttp.Answer a = RawHttp.exchange(server.port(), kind.make().apply(random), TIMEOUT_MS);
        statuses.merge(a.status(), 1, Integer::sum);
        if (!a.wellFormedOrClosed() || a.status() == 200 || serverFailure(a.status())) {
          problems.add(kind.name() + " #" + i + ": " + a);
        }
        if (i % VALID_EVERY == 0) {
          valid++;
          checkValid(server.port(), random.nextLong(), 1 + random.nextInt(3), problems);
        }
      }

      assertThat(problems).as("answers per status %s", statuses).isEmpty();
      assertThat(server.process().isAlive()).as("server alive after the fuzz").isTrue();
      assertThat(valid).isEqualTo(BAD_REQUESTS / VALID_EVERY);
      assertThat(statuses.keySet()).contains(400, 403, 404, 405, 413, 414, 431);
    }
  }

  /** 5xx is the server's own failure, except 501: Vert.x's answer to an unknown HTTP version. */
  private static boolean serverFailure(int status) {
    return status >= 500 && status != 501;
  }

  private static void checkValid(int port, long input, int cost, List<String> problems) {
    RawHttp.Answer a = RawHttp.exchange(port, FuzzRequests.valid(input, cost), TIMEOUT_MS);
    String expected = Long.toHexString(Workload.digest(input, cost));
    if (a.status() != 200 || !expected.equals(new JsonObject(a.body()).getString("digest"))) {
      problems.add("valid input=" + input + " cost=" + cost + ": " + a);
    }
  }
}
