/**
 * The HTTP front, identical in both modes (Vert.x, one event loop).
 *
 * <p>{@link dev.faultline.supervisor.http.HttpFront} turns {@code GET /work} into a {@link
 * dev.faultline.supervisor.backend.Job} and delegates; it never runs workload code and never blocks
 * the event loop. {@code WorkParams} checks the query: a missing or malformed {@code input} or
 * {@code cost}, or a cost out of bounds, is a 400 naming the parameter; a {@code fault} needs the
 * server's chaos token in {@code X-Chaos-Token} (403 otherwise) and a name from the catalogue (400
 * listing the valid ones). Every answer is JSON; errors are {@code {"error": "<code>", "message":
 * "...", ...}}, but for {@code GET /status?format=text} ({@code StatusText}: a mod_status-like
 * scoreboard rendered from the same JSON) and {@code GET /metrics} (the Prometheus text of {@link
 * dev.faultline.supervisor.metrics.ServerMetrics}, where the front also counts and times every
 * answer by outcome).
 *
 * <p>{@code HttpLimits} bounds what a client may send (request line, headers, body, connections,
 * idle time) and turns what the HTTP decoder cannot read into a JSON 4xx followed by a close; GET
 * and HEAD are the only methods (405 with {@code Allow} otherwise). A fault request is logged with
 * its request id, never with the token.
 */
package dev.faultline.supervisor.http;
