package dev.faultline.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineTest {
  private static final long SECOND = 1_000_000_000L;

  private final IntervalLog log = new IntervalLog("thread");
  private final Timeline timeline = new Timeline(log);
  private long seq;

  private PlannedRequest dueAt(double seconds, String fault) {
    return new PlannedRequest(seq++, Math.round(seconds * SECOND), seq, 0, fault);
  }

  private void answer(PlannedRequest r, Outcome o, long correctedMicros, long uncorrectedMicros) {
    timeline.due(r);
    timeline.completed(r, o, correctedMicros, uncorrectedMicros);
  }

  @Test
  void shouldCountEachRequestInTheSecondItWasDueIn() {
    answer(dueAt(0.2, ""), Outcome.OK, 1_000, 1_000);
    answer(dueAt(0.9, ""), Outcome.failed("connect_refused"), 2_000, 2_000);
    answer(dueAt(1.1, "segfault"), Outcome.failed("connection_reset"), 3_000, 3_000);

    List<TimelineRow> rows = timeline.rows();

    assertThat(rows).extracting(TimelineRow::second).containsExactly(0L, 1L);
    TimelineRow first = rows.get(0);
    assertThat(first.sent()).isEqualTo(2);
    assertThat(first.ok()).isEqualTo(1);
    assertThat(first.failed()).isEqualTo(1);
    assertThat(first.collateral()).isEqualTo(1);
    assertThat(first.errors()).isEqualTo(Map.of(ErrorClass.CONNECT_REFUSED, 1L));
    assertThat(first.availability()).isEqualTo(0.5);
    TimelineRow second = rows.get(1);
    assertThat(second.poisoned()).isEqualTo(1);
    assertThat(second.collateral()).isZero();
    assertThat(second.latency())
        .as("no request without a fault in that second")
        .isEqualTo(Latency.NONE);
    assertThat(second.availability()).isNaN();
  }

  @Test
  void shouldReadPerSecondPercentilesFromCorrectedAndUncorrectedLatency() {
    for (int i = 1; i <= 100; i++) {
      answer(dueAt(0.5, ""), Outcome.OK, i * 10_000L, 1_000);
    }

    TimelineRow row = timeline.rows().get(0);

    assertThat(row.latency().p50()).isBetween(495.0, 505.0);
    assertThat(row.latency().p99()).isBetween(985.0, 1000.0);
    assertThat(row.latency().max()).isBetween(995.0, 1010.0);
    assertThat(row.uncorrectedP99()).isBetween(0.99, 1.01);
  }

  @Test
  void shouldLeaveARequestThatNeverLeftOutOfUncorrectedLatency() {
    answer(dueAt(0.5, ""), Outcome.NOT_SENT, 5_000_000, -1);

    TimelineRow row = timeline.rows().get(0);

    assertThat(row.latency().max())
        .as("2 significant digits per second: within 1%")
        .isBetween(4_950.0, 5_050.0);
    assertThat(row.uncorrectedP99()).isNaN();
    assertThat(row.errors()).isEqualTo(Map.of(ErrorClass.NOT_SENT, 1L));
  }

  @Test
  void shouldCountLateSendsPerSecond() {
    PlannedRequest r = dueAt(2.5, "");
    timeline.due(r);
    timeline.late(r);
    timeline.completed(r, Outcome.OK, 1, 1);

    assertThat(timeline.rows().get(0).late()).isEqualTo(1);
  }

  @Test
  void shouldCloseOnlySecondsThatAreOverAndFullyAnswered() {
    PlannedRequest answered = dueAt(0.5, "");
    PlannedRequest pending = dueAt(1.5, "");
    answer(answered, Outcome.OK, 1, 1);
    timeline.due(pending);
    answer(dueAt(2.5, ""), Outcome.OK, 1, 1);

    timeline.closeSettled(2);

    assertThat(log.lines)
        .as("second 0 closed into the log; 1 waits for its answer; 2 is not over")
        .containsOnlyKeys(0L);
    timeline.completed(pending, Outcome.OK, 1, 1);
    timeline.closeSettled(2);
    assertThat(log.lines).containsOnlyKeys(0L, 1L);
    assertThat(timeline.rows()).extracting(TimelineRow::second).containsExactly(0L, 1L, 2L);
  }
}
