/**
 * What the lab reads of a running server, each through one reader: its crash log ({@link
 * dev.faultline.lab.observe.CrashEvents}) and its {@code GET /status} ({@link
 * dev.faultline.lab.observe.StatusClient}, answering {@link
 * dev.faultline.lab.observe.ServerStatus}, which holds the one definition of full strength). The
 * demo, the soak, the matrix, the dashboard, the benchmarks and the tests use these rather than
 * parse the server's files or JSON themselves.
 */
package dev.faultline.lab.observe;
