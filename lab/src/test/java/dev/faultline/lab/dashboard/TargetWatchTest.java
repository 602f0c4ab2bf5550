package dev.faultline.lab.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.config.Target;
import dev.faultline.lab.observe.ServerStatus;
import dev.faultline.supervisor.backend.BoardState;
import dev.faultline.supervisor.backend.UnitStatus;
import dev.faultline.supervisor.metrics.ProcMemory;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TargetWatchTest {
  private final EventLog log = new EventLog();
  private final TargetWatch watch = new TargetWatch(new Target("process", "127.0.0.1", 1), log);

  private static JsonObject unit(String id, long pid, String state, String deathTime) {
    UnitStatus.LastDeath death =
        deathTime == null
            ? null
            : new UnitStatus.LastDeath(
                "SIGSEGV in Unsafe_PutLong",
                "native_crash",
                Instant.parse(deathTime),
                "7 GET /work?fault=segfault");
    return new UnitStatus(
            id,
            pid,
            BoardState.valueOf(state.toUpperCase(Locale.ROOT)),
            0,
            null,
            ProcMemory.UNKNOWN,
            0,
            death)
        .toJson();
  }

  private static ServerStatus status(long pid, JsonObject... units) {
    return new ServerStatus(
        new JsonObject()
            .put("pid", pid)
            .put(
                "scoreboard",
                new JsonObject().put("units", new JsonArray(List.of((Object[]) units)))));
  }

  private List<String> kinds() {
    return log.toJson().stream().map(e -> ((JsonObject) e).getString("kind")).toList();
  }

  @Test
  void shouldTellADeathAndItsRecoveryWhenTheLastDeathChangesAndANewPidServes() {
    watch.observed(status(10, unit("worker-1", 11, "idle", null)));
    watch.observed(status(10, unit("worker-1", 0, "starting", "2025-01-01T10:00:00Z")));
    watch.observed(status(10, unit("worker-1", 12, "idle", "2025-01-01T10:00:00Z")));

    assertThat(kinds()).containsExactly("death", "recovered");
    assertThat(log.toJson().getJsonObject(0).getString("text"))
        .contains(
            "worker-1 (pid 11) died, native_crash: SIGSEGV in Unsafe_PutLong; lost 7 GET /work?fault=segfault");
  }

  @Test
  void shouldNotTellOldDeathsWhenTheFirstStatusIsSeen() {
    watch.observed(status(10, unit("worker-1", 12, "idle", "2025-01-01T10:00:00Z")));

    assertThat(kinds()).isEmpty();
  }

  @Test
  void shouldTellDownAndBackWhenTheServerStopsAnsweringAndReturnsUnderANewPid() {
    watch.observed(status(10));
    watch.faultSent("segfault");
    watch.unreachable("Connection refused", false);
    watch.observed(status(20));

    assertThat(kinds()).containsExactly("down", "back");
    assertThat(log.toJson().getJsonObject(0).getString("text")).contains("segfault was sent");
    assertThat(log.toJson().getJsonObject(1).getString("text")).contains("server back (pid 20)");
  }

  @Test
  void shouldWaitForASecondTimeoutWhenTheServerIsOnlySlow() {
    watch.observed(status(10));
    watch.unreachable("timeout", true);

    assertThat(kinds()).isEmpty();

    watch.unreachable("timeout", true);

    assertThat(kinds()).containsExactly("down");
  }

  @Test
  void shouldTellDownAndBackWhenThePidChangedBetweenTwoLooks() {
    watch.observed(status(10));
    watch.observed(status(20));

    assertThat(kinds()).containsExactly("down", "back");
  }

  @Test
  void shouldTellNothingWhenTheServerIsStillStarting() {
    watch.unreachable("Connection refused", false);
    watch.observed(status(10));

    assertThat(kinds()).isEmpty();
  }
}
