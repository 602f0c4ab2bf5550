package dev.faultline.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faultline.chaos.FaultSchedule.Slot;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultScheduleTest {

  private static Duration s(long seconds) {
    return Duration.ofSeconds(seconds);
  }

  @Test
  void shouldTakeFaultsRoundRobinEveryInterval() {
    FaultSchedule schedule = new FaultSchedule(List.of("exit", "oom"), s(5), s(30));

    assertThat(schedule.slots())
        .containsExactly(
            new Slot(s(5), "exit"),
            new Slot(s(10), "oom"),
            new Slot(s(15), "exit"),
            new Slot(s(20), "oom"),
            new Slot(s(25), "exit"));
  }

  @Test
  void shouldPlaceFirstSlotAtOneIntervalNotAtZero() {
    FaultSchedule schedule = new FaultSchedule(List.of("exception"), Duration.ofMillis(700), s(10));

    assertThat(schedule.slots().get(0)).isEqualTo(new Slot(Duration.ofMillis(700), "exception"));
    assertThat(schedule.slots()).extracting(Slot::at).doesNotContain(Duration.ZERO);
  }

  @Test
  void shouldPlaceNoSlotAtOrAfterTheEndOfTheRun() {
    assertThat(new FaultSchedule(List.of("exit"), s(5), s(5)).slots()).isEmpty();
    assertThat(new FaultSchedule(List.of("exit"), s(10), s(5)).slots()).isEmpty();
    assertThat(new FaultSchedule(List.of("exit"), s(5), Duration.ofMillis(5_001)).slots())
        .containsExactly(new Slot(s(5), "exit"));
    assertThat(new FaultSchedule(List.of("exit"), s(1), s(30)).slots())
        .hasSize(29)
        .allSatisfy(slot -> assertThat(slot.at()).isLessThan(s(30)));
  }

  @Test
  void shouldKeepTheOrderGivenAcrossAllFourFaults() {
    FaultSchedule schedule =
        new FaultSchedule(List.of("exception", "segfault", "oom", "exit"), s(1), s(6));

    assertThat(schedule.slots())
        .extracting(Slot::fault)
        .containsExactly("exception", "segfault", "oom", "exit", "exception");
  }

  @Test
  void shouldHaveNoSlotsForAnEmptyFaultList() {
    assertThat(new FaultSchedule(List.of(), s(1), s(60)).slots()).isEmpty();
  }

  @Test
  void shouldRejectUnknownFault() {
    assertThatThrownBy(() -> new FaultSchedule(List.of("exit", "boom"), s(5), s(30)))
        .isInstanceOf(UnknownFaultException.class)
        .hasMessage(
            "fault must be one of "
                + String.join(", ", FaultCatalogue.names())
                + ", but was 'boom'");
  }

  @Test
  void shouldNotLetCallersChangeTheSlots() {
    FaultSchedule schedule = new FaultSchedule(List.of("exit"), s(5), s(30));

    assertThatThrownBy(() -> schedule.slots().add(new Slot(s(1), "oom")))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
