package dev.faultline.lab.observe;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class ServerStatusTest {
  private static JsonObject worker(long pid, String state, int inFlight) {
    return new JsonObject().put("pid", pid).put("state", state).put("inFlight", inFlight);
  }

  private static ServerStatus process(String phase, long ready, long sparesReady, JsonObject... w) {
    return new ServerStatus(
        new JsonObject()
            .put("mode", "process")
            .put("phase", phase)
            .put("units", 2)
            .put("ready", ready)
            .put("sparesReady", sparesReady)
            .put("workers", new JsonArray(java.util.List.of((Object[]) w)))
            .put("spares", new JsonArray().add(worker(30, "ready", 0))));
  }

  @Test
  void shouldBeAtFullStrengthOnlyWithEverySlotAndSpareReadyWhileServing() {
    assertThat(process("serving", 2, 1).atFullStrength(1)).isTrue();
    assertThat(process("serving", 1, 1).atFullStrength(1)).as("a slot not ready").isFalse();
    assertThat(process("serving", 2, 0).atFullStrength(1)).as("the spare not ready").isFalse();
    assertThat(process("canary", 2, 1).atFullStrength(1)).as("still on probation").isFalse();
  }

  @Test
  void shouldTakeAThreadModeServerAsAtFullStrengthWhenServing() {
    ServerStatus thread =
        new ServerStatus(
            new JsonObject().put("mode", "thread").put("phase", "serving").put("units", 4));

    assertThat(thread.atFullStrength(0)).isTrue();
    assertThat(thread.workerRestarts()).isZero();
    assertThat(thread.longestHeartbeatGap()).isNull();
  }

  @Test
  void shouldListPidsByStateOverSlotsAndSparesAndSeeWhetherAnyRequestRuns() {
    ServerStatus s = process("serving", 1, 1, worker(10, "ready", 0), worker(11, "starting", 1));

    assertThat(s.pidsIn("ready")).containsExactly(10L, 30L);
    assertThat(s.pidsIn("starting")).containsExactly(11L);
    assertThat(s.workerPids()).containsExactly(10L, 11L);
    assertThat(s.idle()).isFalse();
    assertThat(process("serving", 2, 1, worker(10, "ready", 0)).idle()).isTrue();
  }

  @Test
  void shouldReadAClusterFrontsNodesAsItsUnitsServingWhileReachable() {
    ServerStatus cluster =
        new ServerStatus(
            new JsonObject()
                .put("mode", "cluster")
                .put("phase", "serving")
                .put("units", 2)
                .put("ready", 1)
                .put(
                    "nodes",
                    new JsonArray()
                        .add(worker(40, "reachable", 1))
                        .add(worker(41, "unreachable", 0))));

    assertThat(cluster.unitList())
        .extracting(ServerStatus.Unit::serving)
        .as("reachable serves, unreachable does not")
        .containsExactly(true, false);
    assertThat(cluster.idle()).isFalse();
    assertThat(cluster.atFullStrength(0)).isFalse();
  }
}
