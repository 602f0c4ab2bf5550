/**
 * What a server tells Prometheus, and what it reads of a process's memory.
 *
 * <p>{@link dev.faultline.supervisor.metrics.ServerMetrics} holds one Micrometer {@code
 * PrometheusMeterRegistry} per server; {@code GET /metrics} answers its scrape in the Prometheus
 * text format. Every meter carries the server's {@code mode} tag, so one Prometheus job can scrape
 * both servers and compare them. The meters are fed where the facts are known, never by scanning:
 * the HTTP front counts each answer by outcome (ok, or the JSON error code) and times it; the
 * pool's crash log counts each death by cause class, each restart, recycle and quarantined request,
 * and times death to ready. Gauges (units ready, queue length) are read at scrape time from values
 * their owner keeps current. Vert.x's own HTTP server meters ({@code vertx_http_server_*}) and
 * Micrometer's JVM and process binders land in the same registry.
 *
 * <p>Names follow Prometheus conventions: base units in the name ({@code _seconds}, {@code
 * _bytes}), counters end in {@code _total}, latency and recovery are histograms with fixed buckets
 * from 1 ms to 30 s, so quantiles can be computed across scrapes.
 *
 * <p>{@link dev.faultline.supervisor.metrics.ProcMemory} reads {@code /proc/<pid>/smaps_rollup}:
 * resident and private memory of this server or of one worker JVM, for the gauges and for {@code
 * GET /status}.
 */
package dev.faultline.supervisor.metrics;
