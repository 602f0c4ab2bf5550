package dev.faultline.supervisor.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JavaCommandTest {
  @Test
  void shouldStartAWorkerWithASmallInitialHeapBelowItsUnitHeap() {
    List<String> cmd =
        JavaCommand.withArchiveFlags(64, Path.of("/run"), List.of(), "Main", List.of("1", "s"));

    assertThat(cmd).contains("-Xmx64m", "-Xms8m", "-XX:ArchiveRelocationMode=0");
    assertThat(cmd.subList(cmd.size() - 3, cmd.size())).containsExactly("Main", "1", "s");
  }

  @Test
  void shouldStartAWorkerWithoutNettysJfrEventsWhichCostItsFirstBufferSixtyMilliseconds() {
    List<String> cmd =
        JavaCommand.withArchiveFlags(64, Path.of("/run"), List.of(), "Main", List.of());

    assertThat(cmd).contains("-Dio.netty.jfr.enabled=false");
    assertThat(cmd.indexOf("-Dio.netty.jfr.enabled=false")).isLessThan(cmd.indexOf("-cp"));
  }

  @Test
  void shouldNeverStartTheHeapAboveTheUnitHeap() {
    assertThat(JavaCommand.withArchiveFlags(4, Path.of("/run"), List.of(), "Main", List.of()))
        .contains("-Xmx4m", "-Xms4m");
  }

  @Test
  void shouldMakeARelativeClassPathAbsoluteSinceChildrenRunInTheirRunDirectory() {
    String cp =
        JavaCommand.absolute("lab/target/faultline.jar" + java.io.File.pathSeparator + "/x.jar");

    assertThat(cp)
        .isEqualTo(
            Path.of("lab/target/faultline.jar").toAbsolutePath()
                + java.io.File.pathSeparator
                + "/x.jar");
  }

  @Test
  void shouldSplitExtraWorkerOptionsOnWhitespace() {
    assertThat(JavaCommand.extraOpts("  -Xss256k   -XX:-UsePerfData "))
        .containsExactly("-Xss256k", "-XX:-UsePerfData");
    assertThat(JavaCommand.extraOpts(null)).isEmpty();
  }
}
