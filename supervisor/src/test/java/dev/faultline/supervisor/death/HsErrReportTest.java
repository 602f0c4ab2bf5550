package dev.faultline.supervisor.death;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HsErrReportTest {
  @TempDir Path dir;

  @Test
  void shouldNameTheFileAfterThePid() {
    assertThat(HsErrReport.fileFor(dir, 4711)).isEqualTo(dir.resolve("hs_err_pid4711.log"));
  }

  @Test
  void shouldReadSignalAndProblematicFrame() throws IOException {
    Path file = HsErrSamples.write(HsErrReport.fileFor(dir, 4711), HsErrSamples.SEGFAULT);

    HsErrReport report = HsErrReport.read(file).orElseThrow();

    assertThat(report.file()).isEqualTo(file);
    assertThat(report.signal()).isEqualTo("SIGSEGV");
    assertThat(report.problematicFrame()).isEqualTo("V [libjvm.so+0xed2f94] Unsafe_PutLong+0x124");
    assertThat(report.function()).isEqualTo("Unsafe_PutLong+0x124");
  }

  @Test
  void shouldReadTheSiCodeAndTheSenderFromTheSiginfoLine() throws IOException {
    HsErrReport real =
        HsErrReport.read(HsErrSamples.write(dir.resolve("a.log"), HsErrSamples.SEGFAULT))
            .orElseThrow();
    HsErrReport sent =
        HsErrReport.read(HsErrSamples.write(dir.resolve("b.log"), HsErrSamples.SENT_SEGV))
            .orElseThrow();

    assertThat(real.sigCode()).isEqualTo("SEGV_MAPERR");
    assertThat(real.sentByAProcess()).isFalse();
    assertThat(sent.sigCode()).isEqualTo("SI_USER");
    assertThat(sent.senderPid()).isEqualTo(999);
    assertThat(sent.sentByAProcess()).isTrue();
  }

  @Test
  void shouldBeEmptyWhenTheFileIsMissing() {
    assertThat(HsErrReport.read(dir.resolve("hs_err_pid1.log"))).isEqualTo(Optional.empty());
  }

  @Test
  void shouldBeEmptyWhenThePathIsADirectory() {
    assertThat(HsErrReport.read(dir)).isEmpty();
  }

  @Test
  void shouldSayUnknownWhenTheReportHasNeitherSignalNorFrame() throws IOException {
    Path file =
        HsErrSamples.write(dir.resolve("hs_err_pid2.log"), "#\n# something else went wrong\n#\n");

    HsErrReport report = HsErrReport.read(file).orElseThrow();

    assertThat(report.signal()).isEqualTo("unknown signal");
    assertThat(report.problematicFrame()).isEqualTo("unknown frame");
    assertThat(report.function()).isEqualTo("unknown frame");
  }

  @Test
  void shouldKeepTheFirstSignalLine() throws IOException {
    String text =
        "#  SIGBUS (0x7) at pc=0x1, pid=9, tid=9\n#  SIGSEGV (0xb) at pc=0x2, pid=9, tid=9\n";
    Path file = HsErrSamples.write(dir.resolve("hs_err_pid9.log"), text);

    assertThat(HsErrReport.read(file).orElseThrow().signal()).isEqualTo("SIGBUS");
  }

  @Test
  void shouldReadNativeLibraryFrame() {
    HsErrReport report =
        HsErrReport.parse(
            dir,
            List.of(
                "#  SIGILL (0x4) at pc=0x00007f00, pid=5, tid=6",
                "# Problematic frame:",
                "# C  [libc.so.6+0x18b8f1]  __memmove_avx_unaligned_erms+0x91"));

    assertThat(report.signal()).isEqualTo("SIGILL");
    assertThat(report.problematicFrame())
        .isEqualTo("C [libc.so.6+0x18b8f1] __memmove_avx_unaligned_erms+0x91");
    assertThat(report.function()).isEqualTo("__memmove_avx_unaligned_erms+0x91");
  }

  @Test
  void shouldIgnoreFrameHeaderOnTheLastLine() {
    HsErrReport report =
        HsErrReport.parse(dir, List.of("#  SIGSEGV (0xb)", "# Problematic frame:"));

    assertThat(report.problematicFrame()).isEqualTo("unknown frame");
  }
}
