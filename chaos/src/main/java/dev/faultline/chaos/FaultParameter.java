package dev.faultline.chaos;

/**
 * One parameter of a fault, written {@code name=value} after the fault's name ({@code leak:mb=32}),
 * with its documented bounds and the value used when it is not given.
 *
 * @param unit what one step of the value means, for help texts ({@code MiB}, {@code s})
 */
public record FaultParameter(String name, long min, long max, long defaultValue, String unit) {

  public FaultParameter {
    if (name == null || !name.matches("[a-z]+")) {
      throw new IllegalArgumentException(
          "a fault parameter name is lower-case letters, but was " + name);
    }
    if (min > defaultValue || defaultValue > max) {
      throw new IllegalArgumentException(
          name
              + ": need min <= default <= max, but was "
              + min
              + " <= "
              + defaultValue
              + " <= "
              + max);
    }
  }

  /** {@code mb=1..4096 MiB (default 16)} */
  public String describe() {
    return name + "=" + min + ".." + max + " " + unit + " (default " + defaultValue + ")";
  }
}
