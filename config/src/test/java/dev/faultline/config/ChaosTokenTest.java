package dev.faultline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChaosTokenTest {
  @TempDir Path tmp;

  @Test
  void shouldReadTheFirstLineOfTheFileWhenOneIsGiven() throws IOException {
    Path file = Files.writeString(tmp.resolve("token"), "file-token-123\nignored\n");

    assertThat(ChaosToken.read(file, Map.of("T", "env-token-123"), "T"))
        .isEqualTo("file-token-123");
  }

  @Test
  void shouldReadTheEnvironmentWhenNoFileIsGiven() {
    assertThat(ChaosToken.read(null, Map.of("T", "env-token-123"), "T")).isEqualTo("env-token-123");
    assertThat(ChaosToken.read(null, Map.of(), "T")).isNull();
  }

  @Test
  void shouldNameTheFlagAndTheFileWhenTheFileIsMissingOrEmpty() throws IOException {
    Path missing = tmp.resolve("missing");
    Path empty = Files.writeString(tmp.resolve("empty"), "\n");

    assertThatThrownBy(() -> ChaosToken.read(missing, Map.of(), "T"))
        .hasMessage(
            "chaos-token-file must be a readable file (NoSuchFileException), but was " + missing);
    assertThatThrownBy(() -> ChaosToken.read(empty, Map.of(), "T"))
        .hasMessage("chaos-token-file must hold the token on its first line, but was " + empty);
  }
}
