/**
 * The harness's command line (picocli): {@code faultline demo | load | matrix | dashboard | bench |
 * soak}, {@code --help} on each. {@code serve} and the jar's entry point are the server's ({@code
 * dev.faultline.server}); it finds these commands through {@code LabCommands}, listed in {@code
 * META-INF/services}.
 *
 * <p>Commands only turn flags into settings records and call the part that does the work. Flags
 * picocli cannot parse, and settings that break a rule ({@link
 * dev.faultline.config.ConfigException}), end the run with exit status 2 and a message naming the
 * flag or key and the bad value (the entry point's handlers). {@code load} exits 99 when the run
 * completed but one of its {@code --threshold}s failed (k6's number for the same thing), after
 * printing which.
 *
 * <p>Each flag and each default is written once. Flags several lab commands share are picocli
 * mixins ({@code SharedOptions}: {@code --cost}, {@code --seed}, {@code --fault-every}, {@code
 * --report-json}, {@code --run-dir}, {@code --workers}/{@code --unit-heap-mb}); {@code serve} does
 * not use them, so they stay here. Defaults that stand for a setting come from the config constant
 * or defaults record that defines it, through the server's one default provider; where a lab
 * command's default differs, {@code LabCommands} gives it from the lab's settings record. Only
 * keyword defaults ({@code --faults none}) stay in an annotation, and a unit test keeps it so.
 */
package dev.faultline.lab.cli;
