package dev.faultline.lab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.client.page.Chart;
import dev.faultline.lab.bench.ipc.RoundTripResult;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchChartsTest {
  private static RoundTripResult trip(String kind, String placement, double p50) {
    return new RoundTripResult(kind, placement, "", 1000, p50, 2 * p50, 3 * p50, 1e6 / p50, null);
  }

  @Test
  void shouldDrawABarPerKindAndPlacementWithNoBarForAKindThatCouldNotRun() {
    JsonArray kinds = new JsonArray();
    List.of(
            trip("pipe", "two-cores", 60),
            trip("shm", "two-cores", 1.3),
            trip("pipe", "one-core", 15),
            new RoundTripResult("shm", "one-core", "", 0, 0, 0, 0, 0, "no shm here"))
        .forEach(r -> kinds.add(r.toJson()));

    Chart p50 = BenchCharts.ipc(kinds).get(0);

    JsonObject spec = p50.spec();
    assertThat(spec.getJsonArray("categories")).containsExactly("pipe", "shm");
    assertThat(p50.series()).extracting(s -> s.label()).containsExactly("two-cores", "one-core");
    assertThat(p50.series().get(0).values()).containsExactly(60.0, 1.3);
    assertThat(p50.series().get(1).values()).containsExactly(15.0, null);
    assertThat(spec.getBoolean("logY")).isTrue();
  }

  @Test
  void shouldPutEveryCreationInMicrosecondsAndThreadsApartFromProcesses() {
    JsonObject numbers =
        new JsonObject()
            .put("threadCreateJoinUs", 380.0)
            .put("jvmToMainMs", 209.0)
            .put("repeats", new JsonObject().put("jvm", 2));

    Chart c = BenchCharts.creation(numbers);

    assertThat(c.spec().getJsonArray("categories"))
        .containsExactly("threadCreateJoin", "jvmToMain");
    assertThat(c.series().get(0).values()).containsExactly(380.0, null);
    assertThat(c.series().get(1).values()).containsExactly(null, 209_000.0);
  }
}
