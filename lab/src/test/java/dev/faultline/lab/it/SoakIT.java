package dev.faultline.lab.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.lab.soak.SoakRun;
import dev.faultline.lab.soak.SoakSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code soak --crashes 100} against real worker JVMs, real signals and real load: every check
 * passes and is printed with its measured value.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class SoakIT {
  @TempDir(cleanup = CleanupMode.ON_SUCCESS)
  Path tmp;

  @Test
  void shouldPassEveryCheckOfASoakOf100Deaths() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    int status =
        new SoakRun(new SoakSettings(100, 4, SoakSettings.DEFAULT_RATE, 64, 42, tmp), out).run();

    String printed = bytes.toString(StandardCharsets.UTF_8);
    System.out.println(printed);
    assertThat(status).as(printed).isZero();
    assertThat(printed)
        .doesNotContain("FAIL ")
        .contains(
            "PASS master alive and never restarted",
            "PASS worker deaths caused",
            "PASS every death classified with its true cause",
            "PASS zero bystander failures outside the pauses",
            "PASS back at full strength by itself after every burst",
            "PASS no zombie or orphan worker",
            "PASS master fds and threads back to baseline",
            "PASS master RSS grown < 10%",
            "PASS no worker silent as long as the liveness timeout",
            "PASS nothing left running after the stop",
            "PASS run dir disk bounded",
            "soak: every check passed in ");
  }
}
