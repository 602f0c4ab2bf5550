package dev.faultline.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.config.Target;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetDispatchTest {
  private static final Target TARGET = new Target("thread", "127.0.0.1", 8081);

  /** Holds every request until the test answers it: a server that answers when told. */
  private static final class HeldSender implements Sender {
    final ArrayDeque<Sender.Answered> pending = new ArrayDeque<>();
    final List<PlannedRequest> sent = new ArrayList<>();

    @Override
    public void send(Target target, PlannedRequest r, Sender.Answered answered) {
      sent.add(r);
      pending.add(answered);
    }

    void answerOldest(Outcome o) {
      pending.poll().accept(o, System.nanoTime());
    }
  }

  private final TargetStats stats = new TargetStats("thread");
  private final HeldSender server = new HeldSender();
  private int answers;
  private long seq;

  private TargetDispatch dispatch(int limit, long startNanos) {
    return new TargetDispatch(TARGET, stats, server, limit, startNanos, null, () -> answers++);
  }

  private PlannedRequest dueNow() {
    return new PlannedRequest(seq++, 0, seq, 0, "");
  }

  @Test
  void shouldTellTheListenerEveryOutcomeWithItsSequenceNumberIncludingTheNeverSent() {
    List<Answer> heard = new ArrayList<>();
    TargetDispatch d =
        new TargetDispatch(
            TARGET, stats, server, 1, System.nanoTime(), null, () -> answers++, heard::add);
    d.due(dueNow());
    d.due(dueNow());
    d.due(dueNow());

    d.abandonBacklog();
    server.answerOldest(Outcome.failed(ErrorClass.CONNECT_REFUSED));

    assertThat(heard)
        .extracting(a -> a.target() + " " + a.seq() + " " + a.errorCode())
        .containsExactly("thread 1 not_sent", "thread 2 not_sent", "thread 0 connect_refused");
    assertThat(answers).isEqualTo(1);
  }

  @Test
  void shouldSendEveryDueRequestAtOnceWhileUnderTheLimit() {
    TargetDispatch d = dispatch(3, System.nanoTime());

    d.due(dueNow());
    d.due(dueNow());

    assertThat(server.sent).hasSize(2);
    assertThat(stats.inFlight).isEqualTo(2);
    assertThat(stats.waiting).isZero();
    assertThat(stats.late).isZero();
  }

  @Test
  void shouldHoldRequestsBeyondTheLimitInOrderUntilAnAnswerFreesASlot() {
    TargetDispatch d = dispatch(1, System.nanoTime());
    PlannedRequest first = dueNow();
    PlannedRequest second = dueNow();
    PlannedRequest third = dueNow();
    d.due(first);
    d.due(second);
    d.due(third);
    assertThat(server.sent).containsExactly(first);
    assertThat(stats.waiting).isEqualTo(2);

    server.answerOldest(Outcome.OK);

    assertThat(server.sent).containsExactly(first, second);
    assertThat(stats.waiting).isEqualTo(1);
    assertThat(stats.ok).isEqualTo(1);
    assertThat(answers).isEqualTo(1);
  }

  @Test
  void shouldCountARequestLateWhenItLeavesMoreThanTheLateMarginBehindSchedule() {
    long anHourAgo = System.nanoTime() - 3_600_000_000_000L;
    TargetDispatch d = dispatch(5, anHourAgo);

    d.due(dueNow());

    assertThat(stats.late).isEqualTo(1);
  }

  @Test
  void shouldTimeCorrectedLatencyFromTheScheduleAndUncorrectedFromTheSend() {
    long tenSecondsAgo = System.nanoTime() - 10_000_000_000L;
    TargetDispatch d = dispatch(1, tenSecondsAgo);
    d.due(dueNow());

    server.answerOldest(Outcome.OK);

    assertThat(stats.latency.getMaxValue())
        .as("micros since the scheduled moment")
        .isGreaterThan(9_900_000L);
    assertThat(stats.uncorrected.getMaxValue()).as("micros since it left").isLessThan(5_000_000L);
  }

  @Test
  void shouldCountWhatStillWaitsWhenTheRunEndsAsNotSent() {
    TargetDispatch d = dispatch(1, System.nanoTime());
    d.due(dueNow());
    d.due(dueNow());
    d.due(dueNow());

    d.abandonBacklog();

    assertThat(stats.notSent).isEqualTo(2);
    assertThat(stats.failed).isEqualTo(2);
    assertThat(stats.waiting).isZero();
    assertThat(d.quiet()).as("one is still in flight").isFalse();
    server.answerOldest(Outcome.OK);
    assertThat(d.quiet()).isTrue();
    assertThat(server.sent).hasSize(1);
  }

  @Test
  void shouldRefillEveryConnectionFromTheFeedAtMaxRateUntilItRunsDry() {
    List<PlannedRequest> feed = new ArrayList<>(List.of(dueNow(), dueNow(), dueNow()));
    TargetDispatch d =
        new TargetDispatch(
            TARGET,
            stats,
            server,
            2,
            System.nanoTime(),
            () -> feed.isEmpty() ? null : feed.remove(0),
            () -> answers++);

    d.prime();
    assertThat(server.sent).hasSize(2);
    server.answerOldest(Outcome.OK);
    assertThat(server.sent).hasSize(3);
    server.answerOldest(Outcome.OK);
    server.answerOldest(Outcome.OK);

    assertThat(server.sent).hasSize(3);
    assertThat(stats.ok).isEqualTo(3);
    assertThat(d.quiet()).isTrue();
  }
}
