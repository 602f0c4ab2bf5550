package dev.faultline.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class ClientCostTest {
  private static final long MS = 1_000_000;

  @Test
  void shouldCountASecondWhenTheTickRanMoreThanTheLateLimitBehind() {
    ClientCost cost = new ClientCost(0);
    cost.tick(1 * MS);
    cost.tick(2 * MS);
    cost.tick(40 * MS); // 37 ms late, in second 0
    cost.tick(1_500 * MS); // 1.46 s late, in second 1
    cost.tick(1_501 * MS);

    assertThat(cost.summary(10).getInteger("bottleneckSeconds")).isEqualTo(2);
  }

  @Test
  void shouldNotCountTicksThatCameOnTime() {
    ClientCost cost = new ClientCost(0);
    for (long ms = 1; ms < 3_000; ms += 5) {
      cost.tick(ms * MS);
    }

    assertThat(cost.summary(10).getInteger("bottleneckSeconds")).isZero();
  }

  @Test
  void shouldCountASecondWhenAnAnswerWaitedForItsDigest() {
    ClientCost cost = new ClientCost(0);
    cost.waitedForDigest(2_100 * MS);
    cost.waitedForDigest(2_200 * MS);

    assertThat(cost.summary(1).getInteger("bottleneckSeconds")).isEqualTo(1);
  }

  @Test
  void shouldSayInOneLineThatTheClientWasTheBottleneck() {
    JsonObject s =
        new JsonObject()
            .put("cpuMs", 600)
            .put("answers", 20_000)
            .put("cpuMicrosPerAnswer", 30.0)
            .put("bottleneckSeconds", 3);

    assertThat(ClientCost.line(s))
        .isEqualTo(
            "client CPU: 30 µs per answer (0.60 s for 20,000 answers); "
                + "the client was the bottleneck for 3 s");
  }

  @Test
  void shouldSayItKeptUpWhenItWasNeverBehind() {
    JsonObject s =
        new JsonObject()
            .put("cpuMs", 1)
            .put("answers", 0)
            .putNull("cpuMicrosPerAnswer")
            .put("bottleneckSeconds", 0);

    assertThat(ClientCost.line(s)).endsWith("; it kept up with the schedule");
  }
}
