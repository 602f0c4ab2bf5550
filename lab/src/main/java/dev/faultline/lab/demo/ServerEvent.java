package dev.faultline.lab.demo;

/**
 * A moment in a supervised server's life that the report marks on its timeline.
 *
 * @param atNanos a {@link System#nanoTime()} reading of this JVM
 * @param kind {@code died} or {@code back}
 * @param detail the line the root printed about it
 */
record ServerEvent(long atNanos, String kind, String detail) {}
