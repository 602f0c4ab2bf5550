/**
 * The product's command line: {@code faultline serve} (one server, in one mode, until stopped),
 * {@code faultline node} (a cluster-mode node joining a front's cluster by hand), serve's flags
 * ({@code SupervisionOptions}), its {@code --config} file ({@code FileDefaults}), every default
 * read once from config ({@code ConfigDefaults}), and {@code Main}, the entry point of {@code
 * faultline.jar}. Bad flags and settings exit 2 naming the flag or key and the bad value.
 *
 * <p>Why the entry point lives here and not in the harness: a user of the server alone looks for it
 * beside {@code serve}, and the harness ({@code dev.faultline.lab}: demo, load, matrix, dashboard,
 * bench, soak) drives servers from outside, so it must be the module that depends, never the one
 * depended on. {@code Main} cannot name the lab's commands without that dependency, so it finds
 * them at run time: {@link dev.faultline.server.HarnessCommands} is the seam, {@link
 * java.util.ServiceLoader} finds its implementations ({@code META-INF/services}, merged into the
 * shaded jar), and with none on the class path {@code faultline} is {@code serve} alone. The other
 * choices cost more: a second entry point in the lab would give the jar a Main-Class outside the
 * server; picocli's {@code subcommands} by class name would fail only at run time, with no test.
 *
 * <p>The seam carries what a harness command needs from the root and nothing else: the commands in
 * their {@code --help} order (the harness's lead, {@code demo}, first; then the server's own; then
 * the rest) and the defaults where a harness command's differ from the server's. Error handling
 * (exit 2 with one line) and the default provider stay here, so every command behaves the same.
 * {@code DurationConverter} is public because the lab's flags take durations too.
 *
 * <p>The server's engine is {@code dev.faultline.supervisor}; this package only turns flags into
 * its settings records and starts it. Cluster mode's backend lives in {@code dev.faultline.cluster}
 * (which depends on the supervisor): {@code ServeCommand} hands the server its {@code
 * BackendFactory}. An ArchUnit rule in the lab keeps every package outside {@code
 * dev.faultline.lab} free of lab imports.
 */
package dev.faultline.server;
