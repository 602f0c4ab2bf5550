package dev.faultline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.supervisor.backend.Job;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class NodeTableTest {
  private static NodeTable reachable(int nodes) {
    NodeTable t = new NodeTable(nodes);
    for (int i = 1; i <= nodes; i++) {
      Node n = new Node(i, 100 + i, 0);
      n.saidHello(100 + i, "id-" + i, "faultline.node.id-" + i, 1);
      t.slot(i).node = n;
      t.known(n);
    }
    return t;
  }

  private static PendingJob job(long id) {
    return new PendingJob(new Job(id, id, 1, "", "GET /work"), new CompletableFuture<>(), 0);
  }

  @Test
  void shouldSpreadSequentialJobsOverEveryIdleNode() {
    NodeTable t = reachable(3);
    List<Integer> chosen = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      chosen.add(t.leastLoaded().orElseThrow().slot);
    }

    assertThat(chosen).containsExactlyInAnyOrder(1, 2, 3);
  }

  @Test
  void shouldChooseTheNodeWithFewestJobsInFlight() {
    NodeTable t = reachable(3);
    t.slot(1).node.sent(job(1));
    t.slot(3).node.sent(job(2));

    assertThat(t.leastLoaded().orElseThrow().slot).isEqualTo(2);
  }

  @Test
  void shouldNeverChooseALostNodeAndHandOverItsJobsOldestFirst() {
    NodeTable t = reachable(2);
    Node lost = t.slot(1).node;
    lost.sent(job(7));
    lost.sent(job(8));

    List<PendingJob> handed = lost.lose(Node.State.LOST, 5);

    assertThat(handed).extracting(p -> p.job.id()).containsExactly(7L, 8L);
    assertThat(lost.inFlight()).isZero();
    for (int i = 0; i < 4; i++) {
      assertThat(t.leastLoaded().orElseThrow().slot).isEqualTo(2);
    }
    assertThat(t.reachable()).isEqualTo(1);
    assertThat(lost.lose(Node.State.LOST, 9)).as("handed over once").isEmpty();
  }

  @Test
  void shouldIgnoreALateAnswerOfAJobAlreadyHandedOver() {
    NodeTable t = reachable(1);
    Node n = t.slot(1).node;
    PendingJob p = job(1);
    n.sent(p);
    n.lose(Node.State.REMOVED, 5);

    assertThat(n.answered(p, true)).isFalse();
    assertThat(n.served()).isZero();
  }

  @Test
  void shouldNumberANodeThatJoinedFromElsewhereAfterTheLocalOnes() {
    NodeTable t = reachable(3);

    assertThat(t.newRemoteSlot().number).isEqualTo(4);
    assertThat(t.newRemoteSlot().number).isEqualTo(5);
    assertThat(t.allLocalReachable()).isTrue();
  }

  @Test
  void shouldKeepANodeForASuspectAndRunItThereAloneOnceTheOthersAreDone() {
    NodeTable t = reachable(2);
    Node kept = t.slot(1).node;
    PendingJob running = job(1);
    PendingJob suspect = job(2);
    suspect.suspicions = 1;
    kept.sent(running);
    kept.reserve(suspect);

    assertThat(kept.soloReady()).as("a job is still in flight there").isNull();
    for (int i = 0; i < 4; i++) {
      assertThat(t.leastLoaded().orElseThrow()).as("nothing else routed to it").isNotSameAs(kept);
    }
    kept.answered(running, true);
    assertThat(kept.soloReady()).isSameAs(suspect);
    assertThat(kept.soloReady()).as("sent once").isNull();
    kept.sent(suspect);
    kept.answered(suspect, true);
    assertThat(kept.reserved()).isFalse();
  }

  @Test
  void shouldHandOverASuspectKeptButNotYetSentWhenItsNodeIsLost() {
    NodeTable t = reachable(1);
    Node kept = t.slot(1).node;
    PendingJob running = job(1);
    PendingJob suspect = job(2);
    kept.sent(running);
    kept.reserve(suspect);

    assertThat(kept.lose(Node.State.LOST, 1)).containsExactly(running, suspect);
    assertThat(kept.reserved()).isFalse();
  }
}
