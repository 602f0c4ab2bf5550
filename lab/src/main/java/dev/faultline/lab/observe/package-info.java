/**
 * What the lab reads of a running server, each through one reader: its crash log ({@link
 * dev.faultline.lab.observe.CrashEvents}). The soak, the benchmarks and the tests use these readers
 * rather than parsing the server's files themselves.
 */
package dev.faultline.lab.observe;
