package dev.faultline.supervisor.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * On a real console: {@code jdk25-segfault-console.txt} is what a thread-mode server printed on
 * Temurin 25.0.3 when the segfault fault crashed it after 3000 requests (`./faultline serve --mode
 * thread` with JDK 25 first on the PATH), from the fault's log line to its end, byte for byte.
 */
class CrashBannerTest {
  private static final String FAULT_LINE =
      "23:45:00.822 WARN  request 3001 injects fault segfault (chaos token accepted)";
  private static final String HSDIS = "[45.723s][warning][os] Loading hsdis library failed";

  @Test
  void shouldForwardNothingOfTheJdk25CrashBannerNotEvenTheHsdisWarningInIt() throws IOException {
    List<String> console = jdk25Console();
    assertThat(console).contains(CrashBanner.HEADER, HSDIS);

    assertThat(forwarded(console)).containsExactly(FAULT_LINE);
  }

  @Test
  void shouldKeepEveryLineOfTheBannerForTheDeathClassifier() throws IOException {
    List<String> console = jdk25Console();
    ChildOutput out = pump(console, new CopyOnWriteArrayList<>());

    assertThat(out.lastLinesAfterEnd(5_000)).isEqualTo(console);
  }

  @Test
  void shouldGiveTheLastLineBeforeTheBannerAsTheLastLine() throws IOException {
    assertThat(CrashBanner.lastForwarded(jdk25Console())).isEqualTo(FAULT_LINE);
  }

  @Test
  void shouldForwardJvmWarningsWeDidNotCauseBeforeTheBanner() throws IOException {
    String logged = "[0.012s][warning][os] something the JVM warns about at start";
    String vm = "OpenJDK 64-Bit Server VM warning: Options -Xverify:none are deprecated";
    List<String> console = new ArrayList<>(List.of(logged, vm));
    console.addAll(jdk25Console());

    assertThat(forwarded(console)).containsExactly(logged, vm, FAULT_LINE);
  }

  @Test
  void shouldForwardOurOwnLinePrintedWhileTheJvmWritesItsReport() throws IOException {
    List<String> console = new ArrayList<>(jdk25Console());
    String ours = "23:45:00.823 INFO  another thread still talks";
    console.add(console.indexOf(HSDIS), ours);

    assertThat(forwarded(console)).containsExactly(FAULT_LINE, ours);
    assertThat(CrashBanner.lastForwarded(console)).isEqualTo(ours);
  }

  @Test
  void shouldGiveNoLastLineWhenTheChildPrintedOnlyItsBanner() throws IOException {
    List<String> banner = jdk25Console().subList(1, jdk25Console().size());

    assertThat(CrashBanner.lastForwarded(banner)).isEmpty();
  }

  private static List<String> forwarded(List<String> console) {
    List<String> forwarded = new CopyOnWriteArrayList<>();
    pump(console, forwarded).lastLinesAfterEnd(5_000);
    return forwarded;
  }

  private static ChildOutput pump(List<String> console, List<String> forwarded) {
    byte[] bytes = (String.join("\n", console) + "\n").getBytes(StandardCharsets.UTF_8);
    return ChildOutput.pump("test-output", new ByteArrayInputStream(bytes), forwarded::add);
  }

  private static List<String> jdk25Console() throws IOException {
    try (InputStream in = CrashBannerTest.class.getResourceAsStream("jdk25-segfault-console.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
