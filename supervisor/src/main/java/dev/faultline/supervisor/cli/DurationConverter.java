package dev.faultline.supervisor.cli;

import dev.faultline.config.Durations;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;

/** Lets flags take {@code 500ms}, {@code 30s}, {@code 2m}; picocli names the flag on error. */
final class DurationConverter implements ITypeConverter<Duration> {
  @Override
  public Duration convert(String value) {
    return Durations.parse("duration", value);
  }
}
