package dev.faultline.supervisor.launch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.supervisor.launch.StartPhases.Phase;
import dev.faultline.worker.ipc.ClassCounts;
import dev.faultline.worker.ipc.StartMarks;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class StartPhasesTest {
  private static final long MS = 1_000_000;
  private static final long SPAWN = 5_000 * MS;

  @Test
  void shouldCutTheStartIntoPhasesThatAddUpToSpawnToReady() {
    StartMarks marks =
        new StartMarks(
            SPAWN + 70 * MS, SPAWN + 85 * MS, SPAWN + 110 * MS, SPAWN + 118 * MS, SPAWN + 119 * MS);

    JsonObject phases = StartPhases.json(SPAWN, marks, SPAWN + 121_500_000);

    assertThat(phases.getDouble(Phase.SPAWN_TO_MAIN.key())).isEqualTo(70.0);
    assertThat(phases.getDouble(Phase.MAIN_TO_SET_UP.key())).isEqualTo(15.0);
    assertThat(phases.getDouble(Phase.SET_UP_TO_NETTY.key())).isEqualTo(25.0);
    assertThat(phases.getDouble(Phase.NETTY_TO_CONNECTED.key())).isEqualTo(8.0);
    assertThat(phases.getDouble(Phase.CONNECTED_TO_HELLO.key())).isEqualTo(1.0);
    assertThat(phases.getDouble(Phase.HELLO_TO_READY.key())).isEqualTo(2.5);
    double sum = 0;
    for (Phase p : Phase.values()) {
      sum += phases.getDouble(p.key());
    }
    assertThat(sum).isEqualTo(121.5);
  }

  @Test
  void shouldGiveTheClassesEachOfTheWorkersPhasesLoaded() {
    StartMarks marks =
        new StartMarks(
            SPAWN + 70 * MS,
            SPAWN + 85 * MS,
            SPAWN + 110 * MS,
            SPAWN + 118 * MS,
            SPAWN + 119 * MS,
            new ClassCounts(600, 750, 1_300, 1_640, 1_650));

    JsonObject phases = StartPhases.json(SPAWN, marks, SPAWN + 121 * MS);

    assertThat(phases.getInteger(Phase.SPAWN_TO_MAIN.classesKey())).isEqualTo(600);
    assertThat(phases.getInteger(Phase.MAIN_TO_SET_UP.classesKey())).isEqualTo(150);
    assertThat(phases.getInteger(Phase.SET_UP_TO_NETTY.classesKey())).isEqualTo(550);
    assertThat(phases.getInteger(Phase.NETTY_TO_CONNECTED.classesKey())).isEqualTo(340);
    assertThat(phases.getInteger(Phase.CONNECTED_TO_HELLO.classesKey())).isEqualTo(10);
    assertThat(phases.containsKey(Phase.HELLO_TO_READY.classesKey())).isFalse();
  }

  @Test
  void shouldGiveTimesButNoClassesWhenTheWorkerCountedNone() {
    StartMarks marks =
        new StartMarks(SPAWN + MS, SPAWN + 2 * MS, SPAWN + 3 * MS, SPAWN + 4 * MS, SPAWN + 5 * MS);

    JsonObject phases = StartPhases.json(SPAWN, marks, SPAWN + 6 * MS);

    assertThat(phases.getDouble(Phase.SPAWN_TO_MAIN.key())).isEqualTo(1.0);
    assertThat(phases.containsKey(Phase.SPAWN_TO_MAIN.classesKey())).isFalse();
  }

  @Test
  void shouldGiveNoPhasesWithoutMarks() {
    assertThat(StartPhases.json(SPAWN, StartMarks.NONE, SPAWN + 100 * MS)).isNull();
  }

  @Test
  void shouldGiveNoPhasesWhenTheMarksDoNotFitBetweenSpawnAndReady() {
    StartMarks beforeSpawn = new StartMarks(SPAWN - MS, SPAWN, SPAWN, SPAWN, SPAWN);
    StartMarks afterReady =
        new StartMarks(SPAWN + MS, SPAWN + MS, SPAWN + MS, SPAWN + MS, SPAWN + 200 * MS);

    assertThat(StartPhases.json(SPAWN, beforeSpawn, SPAWN + 100 * MS)).isNull();
    assertThat(StartPhases.json(SPAWN, afterReady, SPAWN + 100 * MS)).isNull();
  }
}
