package dev.faultline.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.worker.ResultCache;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CacheMissInputsTest {
  @Test
  void shouldPickDistinctInputsThatAllFallIntoOneSlotOfTheServersCache() {
    CacheMissInputs inputs = new CacheMissInputs(42, 2);

    Set<Long> distinct = new HashSet<>();
    Set<Integer> slots = new HashSet<>();
    inputs
        .templates()
        .forEach(
            t -> {
              distinct.add(t.input);
              slots.add(ResultCache.slotFor(t.input, 2));
            });

    assertThat(distinct).hasSize(CacheMissInputs.COUNT);
    assertThat(slots).hasSize(1);
  }

  @Test
  void shouldShareOneExpectedDigestPerInputAcrossRequests() {
    CacheMissInputs inputs = new CacheMissInputs(3, 1);
    PlannedRequest first = inputs.request(0, 0);
    PlannedRequest again = inputs.request(CacheMissInputs.COUNT, 5);

    inputs.templates().get(0).computeExpected();

    assertThat(again.input).isEqualTo(first.input);
    assertThat(again.expected()).isDone();
    assertThat(again.expectedDigest()).isEqualTo(first.expectedDigest());
  }
}
