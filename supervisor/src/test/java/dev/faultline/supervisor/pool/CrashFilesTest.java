package dev.faultline.supervisor.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashFilesTest {
  @TempDir Path dir;

  @Test
  void shouldKeepOnlyTheNewestHsErrReportsWhenThereAreTooMany() throws IOException {
    int total = CrashFiles.MAX_HS_ERR_FILES + 5;
    for (int i = 0; i < total; i++) {
      Path f = Files.writeString(dir.resolve("hs_err_pid" + (1000 + i) + ".log"), "x");
      Files.setLastModifiedTime(f, FileTime.fromMillis(1_000_000L * (i + 1)));
    }
    Files.writeString(dir.resolve("crash-events.jsonl"), "{}\n");

    CrashFiles.pruneHsErr(dir);

    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .hasSize(CrashFiles.MAX_HS_ERR_FILES + 1)
          .contains("crash-events.jsonl", "hs_err_pid" + (1000 + total - 1) + ".log")
          .doesNotContain("hs_err_pid1000.log", "hs_err_pid1004.log");
    }
  }

  @Test
  void shouldRotateTheCrashLogWhenItIsFull() throws IOException {
    Path log = dir.resolve("crash-events.jsonl");
    Files.write(log, new byte[(int) CrashFiles.MAX_CRASH_LOG_BYTES]);

    CrashFiles.rotateIfFull(log);

    assertThat(log).doesNotExist();
    assertThat(dir.resolve("crash-events.jsonl.1")).hasSize(CrashFiles.MAX_CRASH_LOG_BYTES);
  }

  @Test
  void shouldLeaveACrashLogThatHasRoomAlone() throws IOException {
    Path log = Files.writeString(dir.resolve("crash-events.jsonl"), "{}\n");

    CrashFiles.rotateIfFull(log);

    assertThat(log).hasContent("{}");
  }
}
