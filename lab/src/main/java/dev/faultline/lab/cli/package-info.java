/**
 * The command line (picocli): {@code faultline demo | serve | load | matrix}, {@code --help} on
 * each.
 *
 * <p>Commands only turn flags into settings records and call the part that does the work. Flags
 * picocli cannot parse, and settings that break a rule ({@link
 * dev.faultline.config.ConfigException}), end the run with exit status 2 and a message naming the
 * flag or key and the bad value. {@code load} exits 99 when the run completed but one of its {@code
 * --threshold}s failed (k6's number for the same thing), after printing which.
 */
package dev.faultline.lab.cli;
