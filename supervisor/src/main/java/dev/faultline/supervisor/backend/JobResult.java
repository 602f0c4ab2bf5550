package dev.faultline.supervisor.backend;

/** A computed answer and the unit that computed it ({@code thread-2} or {@code worker-3}). */
public record JobResult(long digest, String unit, long pid) {}
