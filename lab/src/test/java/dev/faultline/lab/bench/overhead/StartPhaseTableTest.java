package dev.faultline.lab.bench.overhead;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.supervisor.launch.StartPhases.Phase;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartPhaseTableTest {
  @Test
  void shouldGiveTheMedianOfEachPhasePerWayOfStarting() {
    StartPhaseTable table = new StartPhaseTable();
    table.add("alone", List.of(ready(100, 60), ready(120, 70), ready(200, 90)));
    table.add("4 starting together", List.of(ready(300, 150), ready(340, 170)));

    JsonObject json = table.toJson();

    assertThat(json.getJsonObject("alone").getDouble("readyMs")).isEqualTo(120.0);
    assertThat(json.getJsonObject("alone").getDouble(Phase.SPAWN_TO_MAIN.key())).isEqualTo(70.0);
    assertThat(json.getJsonObject("alone").getInteger("samples")).isEqualTo(3);
    assertThat(json.getJsonObject("4 starting together").getDouble(Phase.SPAWN_TO_MAIN.key()))
        .isEqualTo(160.0);
  }

  @Test
  void shouldPrintOneRowPerPhaseWithAColumnPerWayOfStarting() {
    StartPhaseTable table = new StartPhaseTable();
    table.add("alone", List.of(ready(100, 60)));
    table.add("4 starting together", List.of(ready(300, 150)));

    List<String> rows = table.rows();

    assertThat(rows.get(0)).contains("alone", "4 starting together");
    assertThat(rows).hasSize(1 + Phase.values().length + 2);
    assertThat(rows.get(1)).startsWith("  " + Phase.SPAWN_TO_MAIN.label()).contains("60.00", "150");
  }

  @Test
  void shouldGiveTheMedianOfTheClassesEachPhaseLoadedBesideItsTime() {
    StartPhaseTable table = new StartPhaseTable();
    table.add("alone", List.of(counted(ready(100, 60), 500), counted(ready(110, 62), 520)));

    JsonObject alone = table.toJson().getJsonObject("alone");

    assertThat(alone.getDouble(Phase.SPAWN_TO_MAIN.classesKey())).isEqualTo(510.0);
    assertThat(alone.getDouble("classes")).isEqualTo(510.0 + 4 * 10);
    assertThat(table.rows().get(1)).contains("61.00 (510)");
  }

  /** The line with {@code mainClasses} loaded before main and 10 in each later worker phase. */
  private static JsonObject counted(JsonObject ready, int mainClasses) {
    JsonObject phases = ready.getJsonObject("startPhases");
    for (Phase p : Phase.values()) {
      if (p != Phase.HELLO_TO_READY) {
        phases.put(p.classesKey(), p == Phase.SPAWN_TO_MAIN ? mainClasses : 10);
      }
    }
    return ready;
  }

  @Test
  void shouldShowADashWhereAReadyLineCarriesNoPhases() {
    StartPhaseTable table = new StartPhaseTable();
    table.add("alone", List.of(new JsonObject().put("readyMs", 180L)));

    assertThat(table.toJson().getJsonObject("alone").getInteger("samples")).isZero();
    assertThat(table.rows().get(1)).endsWith("-");
  }

  /** A worker_ready line whose spawn-to-main took {@code mainMs} and the rest split evenly. */
  private static JsonObject ready(long readyMs, double mainMs) {
    JsonObject phases = new JsonObject().put(Phase.SPAWN_TO_MAIN.key(), mainMs);
    double rest = (readyMs - mainMs) / (Phase.values().length - 1);
    for (Phase p : Phase.values()) {
      if (p != Phase.SPAWN_TO_MAIN) {
        phases.put(p.key(), rest);
      }
    }
    return new JsonObject().put("readyMs", readyMs).put("startPhases", phases);
  }
}
