/**
 * Typed settings of faultline.
 *
 * <p>Every setting is a Java record whose constructor validates it: a record that exists is valid.
 * A broken rule throws {@link dev.faultline.config.ConfigException}, whose message names the key,
 * the rule and the bad value ({@code rate must be > 0, but was -1.0}); the CLI prints it and exits
 * 2, the HTTP front answers it as a 400.
 *
 * <p>Defaults are named constants on the record they belong to, so the CLI's {@code --help} and the
 * docs show the same numbers the code uses.
 *
 * <p>This module depends on nothing but the JDK; every other module depends on it.
 */
package dev.faultline.config;
