package dev.faultline.server;

import dev.faultline.config.ConfigException;
import dev.faultline.config.Durations;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Lets flags take {@code 500ms}, {@code 30s}, {@code 2m}; picocli names the flag on error. */
public final class DurationConverter implements ITypeConverter<Duration> {
  @Override
  public Duration convert(String value) {
    try {
      return Durations.parse("duration", value);
    } catch (ConfigException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a duration like 500ms, 30s, 2m or 1h");
    }
  }
}
