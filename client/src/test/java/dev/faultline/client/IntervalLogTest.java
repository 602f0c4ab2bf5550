package dev.faultline.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.junit.jupiter.api.Test;

class IntervalLogTest {

  private static Histogram withValues(long... micros) {
    Histogram h = Latency.histogram(2);
    for (long v : micros) {
      h.recordValue(v);
    }
    return h;
  }

  @Test
  void shouldWriteALogThatHdrHistogramReadsBackTaggedByTargetAndKindInTimeOrder() {
    IntervalLog thread = new IntervalLog("thread");
    IntervalLog process = new IntervalLog("process");
    thread.interval(1, withValues(1_000, 900_000), withValues(1_000, 2_000));
    thread.interval(0, withValues(1_000), withValues(1_000));
    process.interval(0, withValues(5_000, 6_000, 7_000), withValues(5_000));

    String log = IntervalLog.write(1_700_000_000_000L, List.of(thread, process));

    HistogramLogReader reader =
        new HistogramLogReader(new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)));
    List<String> seen = new ArrayList<>();
    EncodableHistogram h;
    while ((h = reader.nextIntervalHistogram()) != null) {
      Histogram hist = (Histogram) h;
      seen.add(
          hist.getTag()
              + "@"
              + Math.round(hist.getStartTimeStamp() / 1000.0 - 1_700_000_000L)
              + ":"
              + hist.getTotalCount());
    }
    assertThat(seen)
        .containsExactly(
            "thread@0:1",
            "thread.uncorrected@0:1",
            "process@0:3",
            "process.uncorrected@0:1",
            "thread@1:2",
            "thread.uncorrected@1:2");
    assertThat(log).startsWith("#faultline load").contains("#[StartTime: 1700000000.000");
  }

  @Test
  void shouldKeepOneEncodedLinePairPerSecond() {
    IntervalLog log = new IntervalLog("thread");
    log.interval(3, withValues(10), withValues(10));

    assertThat(log.lines).containsOnlyKeys(3L);
    assertThat(log.lines.get(3L).lines()).hasSize(2).allMatch(l -> l.startsWith("Tag=thread"));
    assertThat(Map.copyOf(log.lines).get(3L))
        .contains("Tag=thread,3.000,1.000,")
        .contains("Tag=thread.uncorrected,");
  }
}
