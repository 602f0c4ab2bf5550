package dev.faultline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetTest {
  private static final String LOOPBACK_RULE =
      "target host must be a loopback address (127.0.0.1, localhost, [::1]), but was '";

  @Test
  void shouldParseNameEqualsUrl() {
    Target t = Target.parse("thread=http://127.0.0.1:8081");

    assertThat(t).isEqualTo(new Target("thread", "127.0.0.1", 8081));
    assertThat(t.url()).isEqualTo("http://127.0.0.1:8081");
  }

  @Test
  void shouldAcceptLocalhost() {
    Target t = Target.parse("process=http://localhost:8082");

    assertThat(t.host()).isEqualTo("localhost");
    assertThat(t.port()).isEqualTo(8082);
  }

  @Test
  void shouldAcceptBracketedIpv6Loopback() {
    Target t = Target.parse("v6=http://[::1]:9000");

    assertThat(t.name()).isEqualTo("v6");
    assertThat(t.port()).isEqualTo(9000);
    assertThat(t.url()).isEqualTo("http://[::1]:9000");
  }

  @Test
  void shouldBracketBareIpv6HostInUrl() {
    assertThat(new Target("v6", "::1", 80).url()).isEqualTo("http://[::1]:80");
  }

  @Test
  void shouldAcceptWholeLoopbackRange() {
    assertThat(Target.parse("a=http://127.0.0.2:8080").host()).isEqualTo("127.0.0.2");
  }

  @Test
  void shouldDefaultToPort80AndTrimNameAndUrl() {
    Target t = Target.parse(" a = http://127.0.0.1 ");

    assertThat(t).isEqualTo(new Target("a", "127.0.0.1", 80));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "10.0.0.1",
        "example.com",
        "0.0.0.0",
        "192.168.1.10",
        "127.0.0.1.example.com",
        "localhost.example.com"
      })
  void shouldRejectNonLoopbackHosts(String host) {
    assertThatThrownBy(() -> Target.parse("t=http://" + host + ":8080"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(LOOPBACK_RULE + host + "'")
        .extracting(e -> ((ConfigException) e).key())
        .isEqualTo("target");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bad name", "a.b", "x/y", "123456789012345678901234567890123"})
  void shouldRejectBadNames(String name) {
    assertThatThrownBy(() -> Target.parse(name + "=http://127.0.0.1:8080"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("target name must be 1-32 letters, digits, '-' or '_', but was '" + name + "'");
  }

  @Test
  void shouldAcceptNameOfLettersDigitsDashAndUnderscoreUpTo32() {
    String name = "Ab-9_" + "x".repeat(27);
    assertThat(Target.parse(name + "=http://127.0.0.1:8080").name()).isEqualTo(name);
  }

  @Test
  void shouldRejectTextWithoutName() {
    assertThatThrownBy(() -> Target.parse("http://127.0.0.1:8080"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "target must look like NAME=http://127.0.0.1:PORT, but was 'http://127.0.0.1:8080'");
    assertThatThrownBy(() -> Target.parse("=http://127.0.0.1:8080"))
        .hasMessage(
            "target must look like NAME=http://127.0.0.1:PORT, but was '=http://127.0.0.1:8080'");
    assertThatThrownBy(() -> Target.parse(null))
        .hasMessage("target must look like NAME=http://127.0.0.1:PORT, but was null");
  }

  @Test
  void shouldRejectNonHttpUrl() {
    assertThatThrownBy(() -> Target.parse("a=https://127.0.0.1:8443"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("target URL must be http://HOST:PORT, but was 'a=https://127.0.0.1:8443'");
    assertThatThrownBy(() -> Target.parse("a=localhost:8080"))
        .hasMessage("target URL must be http://HOST:PORT, but was 'a=localhost:8080'");
  }

  @Test
  void shouldRejectMalformedUrl() {
    assertThatThrownBy(() -> Target.parse("a=http://127.0.0.1:8080/a b"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("target URL is not valid (")
        .hasMessageEndingWith("), but was 'a=http://127.0.0.1:8080/a b'");
  }

  @Test
  void shouldRejectPortZeroNamingTargetPort() {
    assertThatThrownBy(() -> new Target("a", "127.0.0.1", 0))
        .isInstanceOf(ConfigException.class)
        .hasMessage("target port must be between 1 and 65535, but was 0");
  }
}
