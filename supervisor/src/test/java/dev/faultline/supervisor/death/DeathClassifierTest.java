package dev.faultline.supervisor.death;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeathClassifierTest {
  private static final long PID = 4711;

  @TempDir Path dir;
  private DeathClassifier classifier;

  @BeforeEach
  void setUp() {
    classifier = new DeathClassifier(dir);
  }

  private Path writeReportForPid() throws IOException {
    return HsErrSamples.write(HsErrReport.fileFor(dir, PID), HsErrSamples.SEGFAULT);
  }

  @Test
  void shouldBlameTheSignalInHsErrEvenWhenTheJvmExitedOne() throws IOException {
    Path report = writeReportForPid();

    DeathCause cause = classifier.classify(PID, 1, List.of());

    assertThat(cause)
        .isEqualTo(
            new DeathCause(
                "SIGSEGV",
                1,
                "in Unsafe_PutLong+0x124 (JVM crashed, exit 1, report " + report + ")",
                Ending.Died.NATIVE_CRASH,
                "Unsafe_PutLong+0x124",
                report));
    assertThat(cause.describe())
        .isEqualTo("SIGSEGV in Unsafe_PutLong+0x124 (JVM crashed, exit 1, report " + report + ")");
  }

  @Test
  void shouldBlameTheSignalInHsErrRatherThanTheAbort() throws IOException {
    writeReportForPid();

    DeathCause cause = classifier.classify(PID, 134, List.of());

    assertThat(cause.cause()).isEqualTo("SIGSEGV");
    assertThat(cause.exitCode()).isEqualTo(134);
    assertThat(cause.detail())
        .startsWith("in Unsafe_PutLong+0x124 (JVM crashed, exit 134, report ");
  }

  @Test
  void shouldIgnoreHsErrOfAnotherPid() throws IOException {
    writeReportForPid();

    assertThat(classifier.classify(PID + 1, 1, List.of()).cause()).isEqualTo("exit code 1");
  }

  @Test
  void shouldIgnoreHsErrLeftByAnEarlierProcessWithTheSamePid() throws IOException {
    Path report = writeReportForPid();
    Files.setLastModifiedTime(report, FileTime.from(Instant.now().minusSeconds(3600)));

    DeathCause cause = classifier.classify(PID, 1, List.of(), Instant.now().minusSeconds(60));

    assertThat(cause.cause()).isEqualTo("exit code 1");
  }

  @Test
  void shouldTrustHsErrWrittenAfterTheProcessStarted() throws IOException {
    writeReportForPid();

    DeathCause cause = classifier.classify(PID, 1, List.of(), Instant.now().minusSeconds(60));

    assertThat(cause.cause()).isEqualTo("SIGSEGV");
  }

  @Test
  void shouldReadAbortWithoutHsErrAsSigabrt() {
    assertThat(classifier.classify(PID, 134, List.of()))
        .isEqualTo(
            new DeathCause(
                "SIGABRT",
                134,
                "(killed by signal, exit 134)",
                Ending.Died.KILLED_BY_SIGNAL,
                "",
                null));
  }

  @Test
  void shouldReadExit137AsSigkill() {
    DeathCause cause = classifier.classify(PID, 137, List.of());

    assertThat(cause)
        .isEqualTo(
            new DeathCause(
                "SIGKILL",
                137,
                "(killed by signal, exit 137)",
                Ending.Died.KILLED_BY_SIGNAL,
                "",
                null));
    assertThat(cause.describe()).isEqualTo("SIGKILL (killed by signal, exit 137)");
  }

  @Test
  void shouldReadExit143AsSigterm() {
    assertThat(classifier.classify(PID, 143, List.of()))
        .isEqualTo(
            new DeathCause(
                "SIGTERM",
                143,
                "(killed by signal, exit 143)",
                Ending.Died.KILLED_BY_SIGNAL,
                "",
                null));
  }

  @Test
  void shouldReadExit3MentioningOutOfMemoryErrorAsOom() {
    List<String> output =
        List.of(
            "[worker 1] started", "Terminating due to java.lang.OutOfMemoryError: Java heap space");

    DeathCause cause = classifier.classify(PID, 3, output);

    assertThat(cause)
        .isEqualTo(
            new DeathCause(
                "OutOfMemoryError",
                3,
                "(heap exhausted, exit 3 from -XX:+ExitOnOutOfMemoryError)",
                Ending.Died.OUT_OF_MEMORY,
                "",
                null));
  }

  @Test
  void shouldReadExit3WithoutOomOutputAsPlainExitCode() {
    DeathCause cause = classifier.classify(PID, 3, List.of("bye"));

    assertThat(cause)
        .isEqualTo(new DeathCause("exit code 3", 3, "", Ending.Died.EXIT_CODE, "", null));
    assertThat(cause.describe()).isEqualTo("exit code 3 (exit 3)");
  }

  @Test
  void shouldNotCallOtherExitCodesOomEvenIfOutputMentionsIt() {
    List<String> output = List.of("java.lang.OutOfMemoryError: Java heap space");

    assertThat(classifier.classify(PID, 1, output).cause()).isEqualTo("exit code 1");
  }

  @Test
  void shouldReadExit1WithoutHsErrAsExitCode1() {
    DeathCause cause = classifier.classify(PID, 1, List.of());

    assertThat(cause)
        .isEqualTo(new DeathCause("exit code 1", 1, "", Ending.Died.EXIT_CODE, "", null));
    assertThat(cause.describe()).isEqualTo("exit code 1 (exit 1)");
  }

  @Test
  void shouldNameUnlistedSignalsByNumber() {
    assertThat(classifier.classify(PID, 128 + 40, List.of()).cause()).isEqualTo("signal 40");
  }

  @Test
  void shouldReadExit65SayingTheCacheFailedItsCheckAsStateCorrupted() {
    DeathCause cause =
        classifier.classify(
            PID,
            65,
            List.of(
                "worker 2: result cache failed its integrity check after a job; "
                    + "exiting with status 65 so that a fresh worker replaces this one"));

    assertThat(cause)
        .isEqualTo(
            new DeathCause(
                "state corrupted",
                65,
                "(result cache failed its integrity check, exit 65: replaced with fresh state)",
                Ending.Died.STATE_CORRUPTED,
                "",
                null));
  }

  @Test
  void shouldReadExit65WithoutThatLineAsPlainExitCode() {
    assertThat(classifier.classify(PID, 65, List.of("something else")))
        .isEqualTo(new DeathCause("exit code 65", 65, "", Ending.Died.EXIT_CODE, "", null));
  }

  @Test
  void shouldReportASegvSentByAProcessAsSentNotAsACrash() throws IOException {
    Path report = HsErrSamples.write(HsErrReport.fileFor(dir, PID), HsErrSamples.SENT_SEGV);

    DeathCause cause = classifier.classify(PID, 1, List.of());

    assertThat(cause.kind()).isEqualTo(Ending.Died.KILLED_BY_SIGNAL);
    assertThat(cause.describe())
        .isEqualTo(
            "SIGSEGV sent by pid 999 (not a crash: si_code SI_USER; exit 1, report "
                + report
                + ")");
  }

  @Test
  void shouldKeepARealSegfaultANativeCrashWhenSiCodeIsSegvMaperr() throws IOException {
    writeReportForPid();

    assertThat(classifier.classify(PID, 1, List.of()).kind()).isEqualTo(Ending.Died.NATIVE_CRASH);
  }
}
