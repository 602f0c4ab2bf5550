package dev.faultline.lab.bench.part;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.lab.bench.verdict.IsolationRule;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class IsolationPartTest {
  static JsonObject row(String fault, String mode, boolean valid, boolean survived, long wrong) {
    return new JsonObject()
        .put("fault", fault)
        .put("mode", mode)
        .put("valid", valid)
        .put("serverSurvived", survived)
        .put("wrongAnswers", wrong)
        .put("collateralFailures", 3);
  }

  @Test
  void shouldPairEachFaultsValidRowsWhenReadingAMatrixReport() {
    JsonArray rows =
        new JsonArray()
            .add(row("segfault", "thread", true, false, 0))
            .add(row("segfault", "process", true, true, 0))
            .add(row("exit", "thread", false, false, 0))
            .add(row("exit", "process", true, true, 0));
    assertThat(IsolationPart.faults(rows))
        .containsExactly(new IsolationRule.Fault("segfault", false, 0, true, 3));
  }
}
