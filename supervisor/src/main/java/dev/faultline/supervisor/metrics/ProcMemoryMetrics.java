package dev.faultline.supervisor.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * This server process's resident and private memory as gauges ({@code
 * process_resident_memory_bytes}, {@code process_private_memory_bytes}), read from /proc when
 * scraped. Micrometer's own binders see the JVM's heaps, not what the kernel charges the process.
 */
final class ProcMemoryMetrics implements MeterBinder {
  private final long pid = ProcessHandle.current().pid();

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("process.resident.memory", () -> ProcMemory.of(pid).rssBytes())
        .baseUnit("bytes")
        .description("Resident memory of this process, from /proc")
        .register(registry);
    Gauge.builder("process.private.memory", () -> ProcMemory.of(pid).privateBytes())
        .baseUnit("bytes")
        .description("Private (unshared) resident memory of this process, from /proc")
        .register(registry);
  }
}
