package dev.faultline.config;

/**
 * A setting broke its rule. The message names the key, the rule and the bad value, so the CLI can
 * print it as is and exit 2, and the HTTP front can return it as a 400.
 */
public class ConfigException extends IllegalArgumentException {
  private final String key;
  private final String value;

  public ConfigException(String key, String rule, Object value) {
    super(key + " " + rule + ", but was " + quoteIfText(value));
    this.key = key;
    this.value = String.valueOf(value);
  }

  private ConfigException(String message, String key, String value) {
    super(message);
    this.key = key;
    this.value = value;
  }

  /**
   * The same error with where it was found in front: {@code serve.yaml:3: port must be ...} or
   * {@code FAULTLINE_CHAOS_TOKEN: chaos-token must ...}.
   */
  public ConfigException at(String where) {
    return new ConfigException(where + ": " + getMessage(), key, value);
  }

  public String key() {
    return key;
  }

  public String value() {
    return value;
  }

  private static String quoteIfText(Object value) {
    return value instanceof CharSequence ? "'" + value + "'" : String.valueOf(value);
  }
}
