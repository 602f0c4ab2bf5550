/**
 * The command line (picocli): {@code faultline demo | serve | load | matrix}, {@code --help} on
 * each.
 *
 * <p>Commands only turn flags into settings records and call the part that does the work. Flags
 * picocli cannot parse, and settings that break a rule ({@link
 * dev.faultline.config.ConfigException}), end the run with exit status 2 and a message naming the
 * flag or key and the bad value. {@code load} exits 99 when the run completed but one of its {@code
 * --threshold}s failed (k6's number for the same thing), after printing which.
 *
 * <p>Each flag and each default is written once. Flags several commands share are picocli mixins
 * ({@code SharedOptions}: {@code --cost}, {@code --seed}, {@code --fault-every}, {@code
 * --report-json}, {@code --run-dir}, {@code --workers}/{@code --unit-heap-mb}; {@code
 * SupervisionOptions} for {@code serve}). Defaults that stand for a setting come from the config
 * constant or defaults record that defines it, through one default provider ({@code
 * ConfigDefaults}, per command where they differ); only keyword defaults ({@code --faults none})
 * stay in an annotation, and a unit test keeps it so.
 */
package dev.faultline.lab.cli;
