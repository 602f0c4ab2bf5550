package dev.faultline.supervisor.pool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.supervisor.death.Ending;
import dev.faultline.supervisor.testing.HandSetClock;
import dev.faultline.worker.ipc.IpcMessage;
import io.netty.channel.embedded.EmbeddedChannel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkerTableTest {
  private final List<PoolEvent> posted = new ArrayList<>();
  private final PoolClock clock = new PoolClock(new HandSetClock(), () -> 7_000);
  private long nextPid = 100;
  private final WorkerTable table =
      new WorkerTable(
          (label, role) -> new Worker(new FakeProcess(nextPid++), label, role, 0, Instant.EPOCH),
          posted::add,
          clock);
  private final Slot one = new Slot(1, new SlotBreaker(1, new HandSetClock()));

  WorkerTableTest() {
    table.addSlot(one);
  }

  @Test
  void shouldStartASuccessorForASlotAndPostItsExit() {
    Worker w = table.startFor(one, 42, 5);

    assertThat(one.successor).isSameAs(w);
    assertThat(table.slotOf(w)).isSameAs(one);
    assertThat(w.replacesPid()).isEqualTo(42);
    ((FakeProcess) w.process).exit(139);
    assertThat(posted).containsExactly(new PoolEvent.Exited(w.pid, 139, 7_000));
  }

  @Test
  void shouldTurnTheStartingSuccessorIntoASpareWhenAnotherWorkerTakesTheSlot() {
    Worker starting = table.startFor(one, 42, 5);
    Worker spare = table.startSpare();

    table.install(one, spare);

    assertThat(one.worker).isSameAs(spare);
    assertThat(one.successor).isNull();
    assertThat(spare.name()).isEqualTo("worker 1 (pid " + spare.pid + ")");
    assertThat(spare.replacesPid()).as("inherited from the successor").isEqualTo(42);
    assertThat(table.spares()).containsExactly(starting);
    assertThat(starting.role()).isEqualTo(Worker.Role.SPARE);
    assertThat(starting.replacesPid()).isZero();
    assertThat(table.slotOf(starting)).isNull();
  }

  @Test
  void shouldNeverHandOutASpareThatIsBeingKilledOrInTheWrongState() {
    Worker condemned = table.startSpare();
    condemned.markReady(new EmbeddedChannel(), 1, 0);
    condemned.condemn(new KillOrder(Ending.Killed.LIVENESS_TIMEOUT, "no heartbeat", 1));
    Worker starting = table.startSpare();

    assertThat(table.takeSpare(Worker.State.READY)).isEmpty();
    assertThat(table.takeSpare(Worker.State.STARTING)).contains(starting);
    assertThat(table.spares()).containsExactly(condemned);
  }

  @Test
  void shouldAskARetiredWorkerToDrainAndForgetADeadOneEverywhere() {
    Worker w = table.startFor(one, 0, 0);
    EmbeddedChannel channel = new EmbeddedChannel();
    w.markReady(channel, 1, 0);
    table.install(one, w);

    table.retire(w);

    assertThat(w.state()).isEqualTo(Worker.State.DRAINING);
    assertThat(table.slotOf(w)).as("a retiring worker has no slot").isNull();
    assertThat((Object) channel.readOutbound()).isEqualTo(new IpcMessage.Drain());
    table.forget(w);
    assertThat(table.byPid(w.pid)).isNull();
    assertThat(table.workers()).isEmpty();
  }
}
