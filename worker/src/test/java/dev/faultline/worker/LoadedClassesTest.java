package dev.faultline.worker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoadedClassesTest {
  @Test
  void shouldCountTheClassesThisJvmLoadedFromItsOwnPerformanceCounters() {
    try (LoadedClasses classes = LoadedClasses.open(ProcessHandle.current().pid())) {
      assertThat(classes).as("this HotSpot JVM keeps perf counters (-XX:+UsePerfData)").isNotNull();
      int before = classes.count();
      Runnable notLoadedBeforeThisLine = new Runnable() { // an anonymous class: JUnit never saw it
            @Override
            public void run() {}
          };
      notLoadedBeforeThisLine.run();
      int after = classes.count();

      assertThat(before).isPositive();
      assertThat(after).isGreaterThan(before);
    }
  }

  @Test
  void shouldCountNothingWhereThereIsNoCounterFile() {
    assertThat(LoadedClasses.open(Long.MAX_VALUE)).isNull();
  }
}
