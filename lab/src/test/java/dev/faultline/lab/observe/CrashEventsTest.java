package dev.faultline.lab.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.faultline.supervisor.pool.CrashFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashEventsTest {
  @TempDir Path runDir;

  private void write(String file, String... lines) throws IOException {
    Files.writeString(runDir.resolve(file), String.join("\n", lines));
  }

  @Test
  void shouldReadTheOlderGenerationFirstThenTheCurrentOne() throws IOException {
    write(CrashFiles.LOG + ".1", "{\"event\":\"worker_died\",\"pid\":1}", "");
    write(CrashFiles.LOG, "{\"event\":\"worker_died\",\"pid\":2}", "");

    assertThat(new CrashEvents(runDir).all())
        .extracting(e -> e.getLong("pid"))
        .containsExactly(1L, 2L);
  }

  @Test
  void shouldReadNothingFromARunDirectoryWithNoCrashLog() {
    assertThat(new CrashEvents(runDir).all()).isEmpty();
  }

  @Test
  void shouldLeaveALastLineStillBeingWrittenForTheNextRead() throws IOException {
    write(CrashFiles.LOG, "{\"event\":\"worker_ready\",\"pid\":3}", "{\"event\":\"worker_re");

    assertThat(new CrashEvents(runDir).named("worker_ready")).hasSize(1);
  }

  @Test
  void shouldFailOnABrokenLineBeforeTheLastNamingFileAndLine() throws IOException {
    write(CrashFiles.LOG, "{\"event\":\"worker_re", "{\"event\":\"worker_ready\",\"pid\":3}");

    assertThatThrownBy(() -> new CrashEvents(runDir).all())
        .hasMessageContaining(CrashFiles.LOG + " line 1 is not JSON");
  }

  @Test
  void shouldCountDeathsButNotRecyclingAndPairEachPauseWithItsRecovery() throws IOException {
    write(
        CrashFiles.LOG,
        "{\"event\":\"worker_died\",\"causeClass\":\"crash\",\"pid\":4}",
        "{\"event\":\"worker_died\",\"causeClass\":\"recycled\",\"pid\":5}",
        "{\"event\":\"pool_paused\",\"time\":\"2026-12-07T10:00:00Z\",\"reason\":\"budget\"}",
        "{\"event\":\"pool_recovered\",\"time\":\"2026-12-07T10:00:07Z\"}",
        "{\"event\":\"pool_paused\",\"time\":\"2026-12-07T10:01:00Z\",\"reason\":\"again\"}");

    CrashEvents events = new CrashEvents(runDir);

    assertThat(events.deaths()).extracting(e -> e.getLong("pid")).containsExactly(4L);
    assertThat(events.pauses()).hasSize(2);
    assertThat(events.pauses().get(0).length()).isEqualTo(Duration.ofSeconds(7));
    assertThat(events.pauses().get(0).reason()).isEqualTo("budget");
    assertThat(events.pauses().get(1).to()).isNull();
  }
}
