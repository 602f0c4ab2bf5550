package dev.faultline.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a server's chaos token comes from: a file ({@code --chaos-token-file}, first line) or the
 * environment variable, never a flag, so it never shows in {@code ps}. Error messages give the
 * token's length, never the token.
 */
public final class ChaosToken {
  private ChaosToken() {}

  /**
   * @param file null, or the file named by {@code --chaos-token-file}; it wins over the environment
   * @return the token, or null when neither gives one (chaos off)
   */
  public static String read(Path file, Map<String, String> env, String envName) {
    if (file == null) {
      String value = env.get(envName);
      return value == null || value.isEmpty() ? null : value;
    }
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      String firstLine = text.lines().findFirst().orElse("").strip();
      if (firstLine.isEmpty()) {
        throw new ConfigException(
            "chaos-token-file", "must hold the token on its first line", file);
      }
      return firstLine;
    } catch (IOException e) {
      throw new ConfigException(
          "chaos-token-file",
          "must be a readable file (" + e.getClass().getSimpleName() + ")",
          file);
    }
  }
}
