package dev.faultline.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.chaos.FaultSchedule;
import dev.faultline.config.LoadModel;
import dev.faultline.config.LoadSettings;
import dev.faultline.config.Target;
import dev.faultline.worker.Workload;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestPlanTest {
  private static final long MS = 1_000_000L;

  /** 10 req/s for 2 s, cost 3, faults exit and exception every 500 ms: 20 plain + 3 faulted. */
  private static LoadSettings settings(long seed, List<String> faults) {
    return new LoadSettings(
        List.of(new Target("thread", "127.0.0.1", 8081)),
        10,
        Duration.ofSeconds(2),
        3,
        faults,
        Duration.ofMillis(500),
        seed,
        "sekrit-token",
        Duration.ofSeconds(5),
        null);
  }

  private static List<PlannedRequest> plan(long seed, List<String> faults) {
    LoadSettings s = settings(seed, faults);
    return RequestPlan.build(s, new FaultSchedule(s.faults(), s.faultEvery(), s.duration()));
  }

  private static List<String> describe(List<PlannedRequest> plan) {
    return plan.stream()
        .map(r -> r.seq + "@" + r.dueNanos + ":" + r.input + "/" + r.cost + "/" + r.fault)
        .toList();
  }

  @Test
  void shouldBuildTheSamePlanFromTheSameSeed() {
    assertThat(describe(plan(42, List.of("exit", "exception"))))
        .isEqualTo(describe(plan(42, List.of("exit", "exception"))));
  }

  @Test
  void shouldDrawDifferentInputsFromDifferentSeeds() {
    assertThat(plan(1, List.of()).stream().map(r -> r.input).toList())
        .isNotEqualTo(plan(2, List.of()).stream().map(r -> r.input).toList());
  }

  @Test
  void shouldDrawEveryPlainInputFromTheHotSetWhenAskedTo() {
    LoadSettings s = settings(7, List.of());
    List<PlannedRequest> hot =
        RequestPlan.build(s, new FaultSchedule(s.faults(), s.faultEvery(), s.duration()), 3);

    assertThat(hot).hasSize(20);
    assertThat(hot.stream().map(r -> r.input).distinct().count()).isBetween(2L, 3L);
    assertThat(describe(hot))
        .as("the same seed, the same hot plan")
        .isEqualTo(
            describe(
                RequestPlan.build(
                    s, new FaultSchedule(s.faults(), s.faultEvery(), s.duration()), 3)));
  }

  @Test
  void shouldHoldPlannedRequestsPlusOnePerFaultSlot() {
    LoadSettings s = settings(42, List.of("exit", "exception"));
    FaultSchedule schedule = new FaultSchedule(s.faults(), s.faultEvery(), s.duration());

    List<PlannedRequest> plan = RequestPlan.build(s, schedule);

    assertThat(s.plannedRequests()).isEqualTo(20);
    assertThat(schedule.slots()).hasSize(3);
    assertThat(plan).hasSize(23);
    assertThat(plan).extracting(r -> r.seq).doesNotHaveDuplicates();
  }

  @Test
  void shouldHoldOnlyPlainRequestsWithoutFaults() {
    List<PlannedRequest> plan = plan(42, List.of());

    assertThat(plan).hasSize(20).noneMatch(PlannedRequest::poisoned);
  }

  @Test
  void shouldOrderRequestsByNonDecreasingDueTime() {
    List<PlannedRequest> plan = plan(42, List.of("exit", "exception"));

    for (int i = 1; i < plan.size(); i++) {
      assertThat(plan.get(i).dueNanos).isGreaterThanOrEqualTo(plan.get(i - 1).dueNanos);
    }
  }

  @Test
  void shouldSpacePlainRequestsEvenlyAtTheRate() {
    List<Long> due = plan(42, List.of()).stream().map(r -> r.dueNanos).toList();

    assertThat(due.get(0)).isZero();
    assertThat(due.get(1)).isEqualTo(100 * MS);
    assertThat(due.get(19)).isEqualTo(1_900 * MS);
  }

  @Test
  void shouldCarryTheScheduledFaultsAtTheSlotTimes() {
    List<PlannedRequest> faulted =
        plan(42, List.of("exit", "exception")).stream().filter(PlannedRequest::poisoned).toList();

    assertThat(faulted)
        .extracting(r -> r.dueNanos)
        .containsExactly(500 * MS, 1_000 * MS, 1_500 * MS);
    assertThat(faulted).extracting(r -> r.fault).containsExactly("exit", "exception", "exit");
  }

  @Test
  void shouldPutPlainRequestBeforeFaultedOneDueAtTheSameMoment() {
    List<PlannedRequest> plan = plan(42, List.of("exit"));
    List<PlannedRequest> at500 = plan.stream().filter(r -> r.dueNanos == 500 * MS).toList();

    assertThat(at500).extracting(r -> r.fault).containsExactly("", "exit");
  }

  @Test
  void shouldGiveEveryRequestTheRunCost() {
    assertThat(plan(42, List.of("oom"))).allSatisfy(r -> assertThat(r.cost).isEqualTo(3));
  }

  @Test
  void shouldPutFaultInUriOnlyWhenPoisoned() {
    PlannedRequest plain = new PlannedRequest(0, 0, -42, 3, "");
    PlannedRequest poisoned = new PlannedRequest(1, 0, 7, 3, "segfault");

    assertThat(plain.poisoned()).isFalse();
    assertThat(plain.uri()).isEqualTo("/work?input=-42&cost=3");
    assertThat(poisoned.poisoned()).isTrue();
    assertThat(poisoned.uri()).isEqualTo("/work?input=7&cost=3&fault=segfault");
  }

  @Test
  void shouldExpectTheWorkloadDigestInHex() {
    PlannedRequest r = new PlannedRequest(0, 0, 42, 0, "");

    assertThat(r.expectedDigest())
        .isEqualTo(Long.toHexString(Workload.digest(42, 0)))
        .isEqualTo("bdd732262feb6e95");
  }

  @Test
  void shouldRampTheRateLinearlyFromTheStartRateToTheEndRate() {
    LoadSettings s = settings(42, List.of()).withModel(LoadModel.OPEN_LOOP.withRampTo(30));
    List<PlannedRequest> plan =
        RequestPlan.build(s, new FaultSchedule(s.faults(), s.faultEvery(), s.duration()));

    long firstSecond = plan.stream().filter(r -> r.dueNanos < 1_000 * MS).count();

    assertThat(s.plannedRequests()).as("mean rate 20 x 2 s").isEqualTo(40);
    assertThat(plan).hasSize(40);
    assertThat(firstSecond).as("10 t + 5 t^2 at t = 1").isEqualTo(15);
    assertThat(plan.get(39).dueNanos).isLessThan(2_000 * MS);
    assertThat(plan.get(1).dueNanos - plan.get(0).dueNanos)
        .as("first gap near 1/10 s")
        .isBetween(95 * MS, 100 * MS);
    assertThat(plan.get(39).dueNanos - plan.get(38).dueNanos)
        .as("last gap near 1/30 s")
        .isBetween(33 * MS, 35 * MS);
  }

  @Test
  void shouldRampDownToo() {
    LoadSettings s = settings(42, List.of()).withModel(LoadModel.OPEN_LOOP.withRampTo(2));

    assertThat(RequestPlan.dueNanos(0, s)).isZero();
    assertThat(s.plannedRequests()).isEqualTo(12);
    assertThat(RequestPlan.dueNanos(11, s)).isBetween(1_400 * MS, 2_000 * MS);
  }

  @Test
  void shouldPlaceEveryDueTimeExactlyAtTheRateWhenConstant() {
    LoadSettings s = settings(42, List.of());

    assertThat(RequestPlan.dueNanos(7, s)).isEqualTo(700 * MS);
  }
}
