package dev.faultline.chaos;

import dev.faultline.config.ConfigException;

/**
 * A fault spec whose parameters break a rule: unknown, malformed or out of bounds. The message
 * names the fault, the parameter, the rule and the value: {@code fault parameter mb of leak must be
 * between 1 and 4096 (MiB), but was 0}.
 */
public final class BadFaultParameterException extends ConfigException {
  private final String fault;
  private final String parameter;
  private final String rule;
  private final transient Object badValue;

  BadFaultParameterException(String fault, String parameter, String rule, Object value) {
    super("fault parameter " + parameter + " of " + fault, rule, value);
    this.fault = fault;
    this.parameter = parameter;
    this.rule = rule;
    this.badValue = value;
  }

  public String fault() {
    return fault;
  }

  public String parameter() {
    return parameter;
  }

  /**
   * The same complaint, said about a setting that held the spec ({@code faults: fault parameter
   * ...}).
   */
  public ConfigException about(String key) {
    return new ConfigException(key + ": " + key(), rule, badValue);
  }
}
