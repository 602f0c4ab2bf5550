package dev.faultline.supervisor.restart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.config.RestartPolicy;
import dev.faultline.supervisor.restart.RestartPlan.Action;
import dev.faultline.supervisor.testing.HandSetClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RestartPlannerTest {
  private static final Duration SHORT = Duration.ofSeconds(1);
  private final HandSetClock clock = new HandSetClock();

  private RestartPlanner planner(int intensity, int maxBootFailures) {
    return new RestartPlanner(
        new RestartPolicy(
            intensity,
            Duration.ofSeconds(60),
            Duration.ofMillis(100),
            Duration.ofSeconds(10),
            2.0,
            0.0,
            Duration.ofSeconds(30),
            maxBootFailures,
            false),
        clock);
  }

  @Test
  void shouldReplaceACrashedWorkerAtOnceWhenItIsTheSlotsFirstCrashInARow() {
    RestartHistory slot = new RestartHistory();

    RestartPlan plan = planner(10, 5).plan(Departure.FAILURE, slot, SHORT);

    assertThat(plan).isEqualTo(new RestartPlan(Action.REPLACE, 0, 1, ""));
    assertThat(slot.restarts()).isEqualTo(1);
  }

  @Test
  void shouldWaitTheInitialBackoffWhenTheSlotCrashesASecondTimeInARow() {
    RestartPlanner planner = planner(10, 5);
    RestartHistory slot = new RestartHistory();
    planner.plan(Departure.FAILURE, slot, SHORT);

    assertThat(planner.plan(Departure.FAILURE, slot, SHORT).backoffMillis()).isEqualTo(100);
  }

  @Test
  void shouldGrowTheBackoffWhileTheSameSlotKeepsCrashing() {
    RestartPlanner planner = planner(10, 5);
    RestartHistory slot = new RestartHistory();

    planner.plan(Departure.FAILURE, slot, SHORT);
    planner.plan(Departure.FAILURE, slot, SHORT);

    assertThat(planner.plan(Departure.FAILURE, slot, SHORT).backoffMillis()).isEqualTo(200);
  }

  @Test
  void shouldResetTheBackoffAfterAWorkerStayedUpLongEnough() {
    RestartPlanner planner = planner(10, 5);
    RestartHistory slot = new RestartHistory();
    planner.plan(Departure.FAILURE, slot, SHORT);
    planner.plan(Departure.FAILURE, slot, SHORT);

    assertThat(planner.plan(Departure.FAILURE, slot, Duration.ofSeconds(30)).backoffMillis())
        .isZero();
  }

  @Test
  void shouldKeepBackoffsOfDifferentSlotsApart() {
    RestartPlanner planner = planner(10, 5);
    RestartHistory one = new RestartHistory();
    planner.plan(Departure.FAILURE, one, SHORT);
    planner.plan(Departure.FAILURE, one, SHORT);

    assertThat(planner.plan(Departure.FAILURE, new RestartHistory(), SHORT).backoffMillis())
        .isZero();
  }

  @Test
  void shouldReplaceAWorkerARequestKilledAtOnceHoweverOftenItsSlotLostOne() {
    RestartPlanner planner = planner(10, 5);
    RestartHistory slot = new RestartHistory();
    planner.plan(Departure.FAILURE, slot, SHORT);
    planner.plan(Departure.REQUEST_SUSPECTED, slot, SHORT);
    planner.plan(Departure.REQUEST_SUSPECTED, slot, SHORT);

    RestartPlan plan = planner.plan(Departure.REQUEST_SUSPECTED, slot, SHORT);

    assertThat(plan).isEqualTo(new RestartPlan(Action.REPLACE, 0, 4, ""));
    assertThat(slot.restarts()).isEqualTo(4);
    assertThat(planner.plan(Departure.FAILURE, slot, SHORT).backoffMillis())
        .as("request deaths neither grew nor reset the slot's crashes in a row")
        .isEqualTo(100);
  }

  @Test
  void shouldPauseWhenRequestsKillMoreWorkersThanTheBudgetAllows() {
    RestartPlanner planner = planner(2, 5);
    planner.plan(Departure.REQUEST_SUSPECTED, new RestartHistory(), SHORT);
    planner.plan(Departure.REQUEST_SUSPECTED, new RestartHistory(), SHORT);

    RestartPlan plan = planner.plan(Departure.REQUEST_SUSPECTED, new RestartHistory(), SHORT);

    assertThat(plan.action()).isEqualTo(Action.ESCALATE);
    assertThat(plan.reason())
        .isEqualTo("3 restarts within 60s exceed the restart budget of 2 restarts in 60s");
  }

  @Test
  void shouldHaltWhenRestartsAcrossThePoolExceedTheBudget() {
    RestartPlanner planner = planner(2, 5);
    planner.plan(Departure.FAILURE, new RestartHistory(), SHORT);
    planner.plan(Departure.FAILURE, new RestartHistory(), SHORT);

    RestartPlan plan = planner.plan(Departure.FAILURE, new RestartHistory(), SHORT);

    assertThat(plan.action()).isEqualTo(Action.ESCALATE);
    assertThat(plan.restartsInPeriod()).isEqualTo(3);
    assertThat(plan.reason())
        .isEqualTo("3 restarts within 60s exceed the restart budget of 2 restarts in 60s");
  }

  @Test
  void shouldRestartAgainOnceOldRestartsLeftThePeriod() {
    RestartPlanner planner = planner(2, 5);
    planner.plan(Departure.FAILURE, new RestartHistory(), SHORT);
    planner.plan(Departure.FAILURE, new RestartHistory(), SHORT);

    clock.advance(Duration.ofSeconds(61));

    assertThat(planner.plan(Departure.FAILURE, new RestartHistory(), SHORT).action())
        .isEqualTo(Action.REPLACE);
    assertThat(planner.restartsInPeriod()).isEqualTo(1);
  }

  @Test
  void shouldRetryABootFailureWithBackoffWithoutSpendingTheBudget() {
    RestartPlanner planner = planner(1, 5);
    RestartHistory slot = new RestartHistory();

    RestartPlan first = planner.plan(Departure.BOOT_FAILURE, slot, Duration.ZERO);
    RestartPlan second = planner.plan(Departure.BOOT_FAILURE, slot, Duration.ZERO);

    assertThat(first).isEqualTo(new RestartPlan(Action.REPLACE, 100, 0, ""));
    assertThat(second.backoffMillis()).isEqualTo(200);
    assertThat(planner.restartsInPeriod()).isZero();
  }

  @Test
  void shouldHaltAfterMaxBootFailuresInARow() {
    RestartPlanner planner = planner(10, 3);
    RestartHistory slot = new RestartHistory();
    planner.plan(Departure.BOOT_FAILURE, slot, Duration.ZERO);
    planner.plan(Departure.BOOT_FAILURE, slot, Duration.ZERO);

    RestartPlan plan = planner.plan(Departure.BOOT_FAILURE, slot, Duration.ZERO);

    assertThat(plan.action()).isEqualTo(Action.ESCALATE);
    assertThat(plan.reason())
        .isEqualTo("a worker failed to boot 3 times in a row (max-boot-failures 3)");
  }

  @Test
  void shouldCountBootFailuresInARowOnlyUntilAWorkerBoots() {
    RestartPlanner planner = planner(10, 3);
    RestartHistory slot = new RestartHistory();
    planner.plan(Departure.BOOT_FAILURE, slot, Duration.ZERO);
    planner.plan(Departure.BOOT_FAILURE, slot, Duration.ZERO);

    slot.booted();

    assertThat(planner.plan(Departure.BOOT_FAILURE, slot, Duration.ZERO).action())
        .isEqualTo(Action.REPLACE);
  }

  @Test
  void shouldNotRestartARetiredOrStoppedWorker() {
    RestartPlanner planner = planner(0, 1);

    assertThat(planner.plan(Departure.RETIRED, new RestartHistory(), SHORT).action())
        .isEqualTo(Action.NONE);
    assertThat(planner.plan(Departure.STOPPED, new RestartHistory(), SHORT).action())
        .isEqualTo(Action.NONE);
    assertThat(planner.restartsInPeriod()).isZero();
  }
}
