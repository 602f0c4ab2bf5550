package dev.faultline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code serve --config FILE} and bad flags: every mistake exits 2 with one line naming where it
 * is, the key, the bad value and what is accepted. Each case fails before any server starts.
 */
class ServeConfigTest {
  @TempDir Path tmp;

  private record Outcome(int status, String err) {}

  private Outcome serve(String... args) {
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err, true));
    String[] all = new String[args.length + 1];
    all[0] = "serve";
    System.arraycopy(args, 0, all, 1, args.length);
    int status = cl.execute(all);
    return new Outcome(status, err.toString().strip());
  }

  private String yaml(String text) throws IOException {
    return Files.writeString(tmp.resolve("serve.yaml"), text).toString();
  }

  @Test
  void shouldNameFileLineKeyValueAndRangeWhenAFileValueIsOutOfRange() throws IOException {
    String f = yaml("mode: process\nrestart-intensity: -1\n");

    assertThat(serve("--config", f))
        .isEqualTo(
            new Outcome(
                2,
                "faultline serve: "
                    + f
                    + ":2: restart-intensity must be between 0 and 1000, but was -1"));
  }

  @Test
  void shouldLetAFlagOverrideTheFile() throws IOException {
    String f = yaml("mode: process\nrestart-intensity: -1\nport: 70000\n");

    assertThat(serve("--config", f, "--restart-intensity", "5"))
        .isEqualTo(
            new Outcome(
                2,
                "faultline serve: " + f + ":3: port must be between 0 and 65535, but was 70000"));
  }

  @Test
  void shouldNameTheAcceptedValuesWhenAFileValueHasTheWrongType() throws IOException {
    String f = yaml("mode: process\nliveness-timeout: 5x\n");

    assertThat(serve("--config", f))
        .isEqualTo(
            new Outcome(
                2,
                "faultline serve: "
                    + f
                    + ":2: liveness-timeout must be a duration like 500ms, 30s, 2m or 1h"
                    + " (default: 3s, 2 heartbeat intervals-600s), but was '5x'"));
  }

  @Test
  void shouldRefuseAnUnknownKeyListingTheKnownOnes() throws IOException {
    String f = yaml("mode: process\nprot: 8080\n");

    Outcome o = serve("--config", f);

    assertThat(o.status()).isEqualTo(2);
    assertThat(o.err())
        .startsWith("faultline serve: " + f + ":2: prot is not a setting of serve (known: mode,")
        .contains(" port,", " restart-intensity,")
        .endsWith(", but was '8080'");
  }

  @Test
  void shouldNameTheModeAsRequiredWhenNeitherFlagNorFileGivesIt() {
    assertThat(serve())
        .isEqualTo(new Outcome(2, "faultline serve: mode is required, but was 'nothing'"));
  }

  @Test
  void shouldRefuseATokenOnTheCommandLineWithoutPrintingIt() {
    Outcome o = serve("--mode", "thread", "--chaos-token", "secret-token-1");

    assertThat(o.status()).isEqualTo(2);
    assertThat(o.err())
        .isEqualTo(
            "faultline serve: chaos-token is no flag any more (a token on the command line shows"
                + " in ps): set $FAULTLINE_CHAOS_TOKEN or use --chaos-token-file, but was"
                + " '(14 characters)'")
        .doesNotContain("secret-token-1");
  }

  @Test
  void shouldNameTheTokenFileWhenItsTokenIsTooShort() throws IOException {
    Path token = Files.writeString(tmp.resolve("token"), "short\n");

    assertThat(serve("--mode", "thread", "--chaos-token-file", token.toString()))
        .isEqualTo(
            new Outcome(
                2,
                "faultline serve: --chaos-token-file "
                    + token
                    + ": chaos-token must have at least 8 characters, but was '(5 characters)'"));
  }

  @Test
  void shouldRefuseANonLoopbackHostWithoutTheFlag() {
    assertThat(serve("--mode", "thread", "--host", "0.0.0.0"))
        .isEqualTo(
            new Outcome(
                2,
                "faultline serve: host is not a loopback address; add --allow-non-loopback to bind"
                    + " it anyway, but was '0.0.0.0'"));
  }

  @Test
  void shouldSayABadFlagValueInOneLine() {
    assertThat(serve("--mode", "thread", "--port", "x"))
        .isEqualTo(
            new Outcome(
                2,
                "faultline serve: Invalid value for option '--port': 'x' is not an int (see"
                    + " faultline serve --help)"));
  }
}
