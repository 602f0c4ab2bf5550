/**
 * The live dashboard: a page on a loopback port that shows both modes side by side while they run.
 *
 * <p>{@link dev.faultline.lab.dashboard.Dashboard} deploys one {@code DashboardServer} verticle;
 * all its state (one {@code TargetWatch} per server, the {@code EventLog}, the load) lives on that
 * verticle's context, so nothing is locked. Its data comes from two places only: each server's
 * {@code GET /status}, polled twice a second, and the load it drives itself through the client
 * module's {@link dev.faultline.client.LoadRun} (one second of samples per target, for the charts).
 * {@code TargetWatch} turns successive statuses into events: a server that stops answering is down
 * (a refused connection at once, a timeout only twice in a row, since a loaded server is merely
 * slow), one that answers again, or under a new pid, is back; {@code UnitDeaths} spots a unit whose
 * {@code lastDeath} changed (a death, with its cause and the request lost) and the first status
 * where that unit serves again under another pid (its recovery).
 *
 * <p>Once a second the whole picture (targets, scoreboards, series, last events) goes to every open
 * page as one server-sent event; a page that missed one loses nothing. The page ({@code
 * resources/dashboard}) draws it with uPlot, served from its webjar inside the jar: no CDN, no
 * network beyond loopback.
 *
 * <p>Controls: {@code Injector} sends one fault to every target at once with the chaos token, and
 * logs each answer (a 502 naming the dead worker, or no answer because the server died with the
 * request); {@code DashboardLoad} starts and stops one bounded, fault-free load run, or takes over
 * the demo's. Without a token the endpoints answer 403 and the buttons are off; the token never
 * leaves the dashboard's server.
 */
package dev.faultline.lab.dashboard;
