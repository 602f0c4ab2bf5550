package dev.faultline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {
  @TempDir Path tmp;

  private Path file(String yaml) throws IOException {
    return Files.writeString(tmp.resolve("serve.yaml"), yaml);
  }

  @Test
  void shouldKeepEachValueAsTextWithItsLine() throws IOException {
    ConfigFile f = ConfigFile.read(file("# a comment\nmode: process\n\nport: 8080\n"));

    assertThat(f.entries())
        .containsExactly(
            new ConfigFile.Entry("mode", "process", 2), new ConfigFile.Entry("port", "8080", 4));
  }

  @Test
  void shouldSetNothingWhenTheFileHoldsOnlyComments() throws IOException {
    assertThat(ConfigFile.read(file("# nothing yet\n")).entries()).isEmpty();
  }

  @Test
  void shouldNameFileAndLineWhenAKeyFailsItsRule() throws IOException {
    Path p = file("mode: process\nrestart-intensity: -1\n");
    ConfigFile f = ConfigFile.read(p);

    assertThat(f.locate(new ConfigException("restart-intensity", "must be between 0 and 1000", -1)))
        .hasMessage(p + ":2: restart-intensity must be between 0 and 1000, but was -1");
  }

  @Test
  void shouldLeaveAnErrorOfAKeyNotInTheFileAsItIs() throws IOException {
    ConfigFile f = ConfigFile.read(file("mode: process\n"));
    ConfigException e = new ConfigException("port", "must be between 0 and 65535", 70000);

    assertThat(f.locate(e)).isSameAs(e);
  }

  @Test
  void shouldRefuseBrokenYamlNamingTheLine() throws IOException {
    Path p = file("mode: process\nport: [8080\n");

    assertThatThrownBy(() -> ConfigFile.read(p))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(p + ":3: config is not valid YAML: ");
  }

  @Test
  void shouldRefuseAKeyGivenTwice() throws IOException {
    Path p = file("port: 1\nport: 2\n");

    assertThatThrownBy(() -> ConfigFile.read(p))
        .hasMessage(p + ":2: port appears twice (first on line 1), but was '2'");
  }

  @Test
  void shouldRefuseAValueThatIsNotASingleScalar() throws IOException {
    Path p = file("mode: process\nworkers:\n  - 1\n  - 2\n");

    assertThatThrownBy(() -> ConfigFile.read(p))
        .hasMessage(
            p
                + ":2: workers must be a single value (a number, a duration such as 5s, or a word),"
                + " but was 'a sequence'");
  }

  @Test
  void shouldRefuseAFileThatIsNotAMapping() throws IOException {
    Path p = file("- mode\n");

    assertThatThrownBy(() -> ConfigFile.read(p))
        .hasMessage(p + ":1: config must be a mapping of key: value lines, but was '" + p + "'");
  }

  @Test
  void shouldNameTheFlagWhenTheFileCannotBeRead() {
    Path missing = tmp.resolve("missing.yaml");

    assertThatThrownBy(() -> ConfigFile.read(missing))
        .hasMessage("config must be a readable file (NoSuchFileException), but was " + missing);
  }
}
