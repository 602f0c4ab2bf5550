package dev.faultline.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class CoordinatedOmissionNoteTest {

  private static JsonObject report(
      int connections, double corrected, double uncorrected, long late) {
    JsonObject target =
        new JsonObject()
            .put("sent", 1000L)
            .put("late", late)
            .put("latencyMs", new JsonObject().put("p99", corrected))
            .put("uncorrectedLatencyMs", new JsonObject().put("p99", uncorrected));
    JsonObject run =
        new JsonObject()
            .put("connections", connections)
            .put("inFlightLimit", connections > 0 ? connections : 2000)
            .put("lateAfterMs", 10L);
    return new JsonObject().put("run", run).put("targets", new JsonObject().put("thread", target));
  }

  @Test
  void shouldExplainAClosedLoopThatHidTheStallWithTheRunsOwnNumbers() {
    JsonObject report = report(2, 963.1, 9.4, 117);

    assertThat(
            CoordinatedOmissionNote.biased(report.getJsonObject("targets").getJsonObject("thread")))
        .isTrue();
    assertThat(CoordinatedOmissionNote.sentences(report))
        .containsExactly(
            "thread: corrected p99 963.1 ms, "
                + "uncorrected p99 9.4 ms (102x lower). 117 requests left more than 10 ms behind schedule because the client "
                + "ran a closed loop: all 2 connections were waiting for answers; timing them from when they finally left "
                + "hides the time they waited for a server that was not answering. The corrected figure puts that wait back.");
  }

  @Test
  void shouldSayTheTwoAgreeWhenRequestsLeftOnTime() {
    JsonObject report = report(0, 225.9, 133.0, 3);

    assertThat(
            CoordinatedOmissionNote.biased(report.getJsonObject("targets").getJsonObject("thread")))
        .isFalse();
    assertThat(CoordinatedOmissionNote.sentences(report))
        .containsExactly(
            "thread: corrected p99 225.9 ms, "
                + "uncorrected p99 133.0 ms. 3 of 1000 requests left more than 10 ms behind schedule, the rest on time, so the "
                + "two agree.");
  }

  @Test
  void shouldNameTheInFlightBoundInOpenLoop() {
    assertThat(CoordinatedOmissionNote.sentences(report(0, 900, 5, 400)).get(0))
        .contains(
            "because the in-flight bound of 2000 was reached or the client itself was starved of CPU");
  }

  @Test
  void shouldDefineCoordinatedOmission() {
    assertThat(CoordinatedOmissionNote.DEFINITION)
        .contains("coordinated omission")
        .contains("scheduled")
        .contains("actually left");
  }
}
