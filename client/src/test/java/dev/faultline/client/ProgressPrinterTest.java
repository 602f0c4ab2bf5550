package dev.faultline.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.config.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {
  private final List<String> lines = new ArrayList<>();
  private final ProgressPrinter printer = new ProgressPrinter(lines::add);
  private final TargetStats thread = new TargetStats("thread");
  private final TargetStats process = new TargetStats("process");
  private final Map<Target, TargetStats> stats = new LinkedHashMap<>();

  ProgressPrinterTest() {
    stats.put(new Target("thread", "127.0.0.1", 8081), thread);
    stats.put(new Target("process", "127.0.0.1", 8082), process);
  }

  @Test
  void shouldPrintOneCompactLinePerTargetWithWhatIsOutstanding() {
    PlannedRequest answered = new PlannedRequest(0, 0, 1, 0, "");
    PlannedRequest waiting = new PlannedRequest(1, 0, 2, 0, "");
    thread.due(answered);
    thread.left(answered, true);
    thread.completed(answered, Outcome.OK, 12_000, 1_000);
    thread.due(waiting);
    thread.left(waiting, false);
    thread.waiting = 3;

    printer.second(5, stats);

    assertThat(lines)
        .containsExactly(
            "[load]    5s thread   sent     2 ok     1 failed     0 p99     12.03 ms  in flight 1  waiting 3  late 1",
            "[load]    5s process  sent     0 ok     0 failed     0 p99         - ms");
  }

  @Test
  void shouldStartEverySecondAfresh() {
    PlannedRequest r = new PlannedRequest(0, 0, 1, 0, "");
    thread.due(r);
    thread.left(r, false);
    thread.completed(r, Outcome.failed("timeout"), 5_000_000, 5_000_000);
    printer.second(1, stats);

    printer.second(2, stats);

    assertThat(lines.get(2))
        .isEqualTo("[load]    2s thread   sent     0 ok     0 failed     0 p99         - ms");
  }

  @Test
  void shouldPrintThePartialLastSecondOnlyWhenSomethingHappenedInIt() {
    printer.last(20_040_000_000L, stats);
    assertThat(lines).isEmpty();

    thread.due(new PlannedRequest(0, 0, 1, 0, ""));
    printer.last(20_040_000_000L, stats);

    assertThat(lines).hasSize(2).first().asString().startsWith("[load] 20.0s thread   sent     1");
  }
}
