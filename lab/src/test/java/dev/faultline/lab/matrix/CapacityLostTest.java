package dev.faultline.lab.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.lab.observe.ServerStatus;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class CapacityLostTest {
  private static final long STUCK_MS = 2_000;

  private static JsonObject worker(String state, long busyMs) {
    return new JsonObject().put("state", state).put("busyMs", busyMs);
  }

  private static JsonObject processStatus(JsonObject... workers) {
    return new JsonObject()
        .put("mode", "process")
        .put("workers", new JsonArray(java.util.List.of((Object[]) workers)));
  }

  private static JsonObject threadStatus(JsonObject... threads) {
    return new JsonObject()
        .put("mode", "thread")
        .put("threads", new JsonArray(java.util.List.of((Object[]) threads)));
  }

  private static int count(JsonObject status, int units, long stuckAfterMs) {
    return CapacityLost.count(new ServerStatus(status), units, stuckAfterMs);
  }

  @Test
  void shouldLoseEveryUnitOfAServerThatDidNotAnswer() {
    assertThat(CapacityLost.count((ServerStatus) null, 4, STUCK_MS)).isEqualTo(4);
  }

  @Test
  void shouldLoseNothingWhenEveryWorkerIsReadyAndNoJobRunsLong() {
    assertThat(count(processStatus(worker("ready", 0), worker("ready", 1_999)), 2, STUCK_MS))
        .isZero();
  }

  @Test
  void shouldCountAWorkerThatIsDeadOrStillStarting() {
    assertThat(
            count(
                processStatus(worker("dead", 0), worker("starting", 0), worker("ready", 3)),
                3,
                STUCK_MS))
        .isEqualTo(2);
  }

  @Test
  void shouldCountAWorkerWhoseJobRanAtLeastStuckAfter() {
    assertThat(count(processStatus(worker("ready", 2_000), worker("ready", 5)), 2, STUCK_MS))
        .isEqualTo(1);
  }

  @Test
  void shouldCountStuckThreadsInThreadMode() {
    JsonObject status =
        threadStatus(
            worker("busy", 9_000), worker("busy", 8_000), worker("idle", 0), worker("busy", 4));

    assertThat(count(status, 4, STUCK_MS)).isEqualTo(2);
  }

  @Test
  void shouldCountUnitsMissingFromTheStatus() {
    assertThat(count(processStatus(worker("ready", 0)), 3, STUCK_MS)).isEqualTo(2);
  }

  @Test
  void shouldLoseEveryUnitWhenTheStatusListsNone() {
    assertThat(count(new JsonObject().put("mode", "thread"), 2, STUCK_MS)).isEqualTo(2);
  }
}
