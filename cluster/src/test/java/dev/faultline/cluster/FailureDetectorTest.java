package dev.faultline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FailureDetectorTest {
  private static final long MS = 1_000_000;
  private static final long TICK = FailureDetector.INTERVAL_MS * MS;

  private static Node node(int slot) {
    Node n = new Node(slot, 100 + slot, 0);
    n.saidHello(100 + slot, "id-" + slot, "faultline.node.id-" + slot, 1);
    return n;
  }

  /** Checks every interval from {@code from} (exclusive) to {@code to}; returns every verdict. */
  private static List<FailureDetector.Verdict> tickUntil(FailureDetector d, long from, long to) {
    List<FailureDetector.Verdict> all = new java.util.ArrayList<>();
    for (long t = from + TICK; t <= to; t += TICK) {
      all.addAll(d.check(t));
    }
    return all;
  }

  @Test
  void shouldMarkANodeUnreachableAfterFourIntervalsWithoutAnAnswer() {
    FailureDetector d = new FailureDetector();
    Node n = node(1);
    d.watch(n, 0);

    assertThat(tickUntil(d, 0, 3 * TICK)).as("750 ms of silence").isEmpty();
    List<FailureDetector.Verdict> v = d.check(4 * TICK);

    assertThat(v).singleElement().satisfies(x -> assertThat(x.reachable()).isFalse());
    assertThat(v.get(0).node()).isSameAs(n);
    assertThat(v.get(0).silentMs()).isEqualTo(1_000);
  }

  @Test
  void shouldNeverMarkANodeThatAnswersEveryPing() {
    FailureDetector d = new FailureDetector();
    Node n = node(1);
    d.watch(n, 0);
    for (long t = TICK; t <= 40 * TICK; t += TICK) {
      assertThat(d.check(t)).isEmpty();
      assertThat(d.heard(n, t + 2 * MS)).isNull();
    }
  }

  @Test
  void shouldTellUnreachableOnceAndReachableAgainWhenItAnswers() {
    FailureDetector d = new FailureDetector();
    Node n = node(1);
    d.watch(n, 0);
    assertThat(tickUntil(d, 0, 4 * TICK)).hasSize(1);
    assertThat(tickUntil(d, 4 * TICK, 12 * TICK)).as("told once").isEmpty();

    FailureDetector.Verdict back = d.heard(n, 12 * TICK);

    assertThat(back.reachable()).isTrue();
    assertThat(back.silentMs()).as("how long it was unreachable").isEqualTo(2_000);
    assertThat(d.heard(n, 12 * TICK)).as("told once").isNull();
    assertThat(tickUntil(d, 12 * TICK, 15 * TICK)).isEmpty();
    assertThat(d.check(16 * TICK)).as("silent again").hasSize(1);
  }

  @Test
  void shouldJudgeEachNodeOnItsOwnAnswers() {
    FailureDetector d = new FailureDetector();
    Node quiet = node(1);
    Node talking = node(2);
    d.watch(quiet, 0);
    d.watch(talking, 0);
    List<FailureDetector.Verdict> all = new java.util.ArrayList<>();
    for (long t = TICK; t <= 6 * TICK; t += TICK) {
      all.addAll(d.check(t));
      d.heard(talking, t + MS);
    }

    assertThat(all).extracting(FailureDetector.Verdict::node).containsExactly(quiet);
  }

  @Test
  void shouldCountNoSilenceAcrossAStallOfTheFrontItself() {
    FailureDetector d = new FailureDetector();
    Node n = node(1);
    d.watch(n, 0);
    d.check(TICK);

    assertThat(d.check(TICK + 3_000 * MS)).as("the front's loop stalled 3 s").isEmpty();
    assertThat(d.check(TICK + 3_000 * MS + TICK)).isEmpty();
    assertThat(tickUntil(d, TICK + 3_000 * MS + TICK, TICK + 3_000 * MS + 4 * TICK))
        .as("silent for 4 intervals after the stall")
        .hasSize(1);
  }

  @Test
  void shouldForgetALostNode() {
    FailureDetector d = new FailureDetector();
    Node n = node(1);
    d.watch(n, 0);
    d.forget(n);

    assertThat(d.watched()).isEmpty();
    assertThat(tickUntil(d, 0, 10 * TICK)).isEmpty();
    assertThat(d.heard(n, 10 * TICK)).isNull();
    assertThat(d.silentMs(n, 10 * TICK)).isEqualTo(-1);
  }
}
