package dev.faultline.supervisor.launch;

import java.util.List;

/**
 * The JVM flags a worker runs with beyond the crash-relevant ones every child gets. Each one was
 * measured against a worker without it (docs/bench.md, "What process mode costs", which also lists
 * the flags that were tried and dropped, such as C1-only compilation: it started workers on a
 * quarter less CPU but ran the workload 1.6 times slower).
 */
final class WorkerJvmFlags {
  /** Heap a worker starts with: its live set after load is about 3 MiB (result cache 21 KiB). */
  static final int INITIAL_HEAP_MB = 8;

  /** How often the JVM hands freed C heap (the JIT's arenas, ~40 MiB at peak) back to the OS. */
  static final int NATIVE_TRIM_INTERVAL_MS = 2_000;

  /** Generous bound for a worker's own class metadata (about 2 MiB beside the archive). */
  static final int MAX_METASPACE_MB = 32;

  /** Netty's switch for its JFR events (read once, when {@code PlatformDependent} loads). */
  static final String NETTY_JFR_PROPERTY = "io.netty.jfr.enabled";

  private WorkerJvmFlags() {}

  static List<String> forHeap(int heapMb) {
    return List.of(
        // the heap grows from what the worker holds, up to the unit heap (-Xmx), instead of
        // committing and touching the whole unit heap from the start (SerialGC's default -Xms)
        "-Xms" + Math.min(INITIAL_HEAP_MB, heapMb) + "m",
        "-XX:MaxMetaspaceSize=" + MAX_METASPACE_MB + "m",
        "-XX:TrimNativeHeapInterval=" + NATIVE_TRIM_INTERVAL_MS,
        // map the CDS archives at their base address: relocating them (the JDK's default here)
        // writes to every page with a pointer, so ~15 MiB of archive per worker became private
        "-XX:+UnlockDiagnosticVMOptions",
        "-XX:ArchiveRelocationMode=0",
        // Netty 4.2's adaptive allocator emits JFR events: its first buffer (the hello) asks the
        // JDK whether they are enabled, which starts JFR's event machinery, about 150 classes and
        // 60-70 ms, most of a worker's start; nothing records a worker. A flag given in
        // FAULTLINE_WORKER_JAVA_OPTS comes later and wins (-Dio.netty.jfr.enabled=true).
        "-D" + NETTY_JFR_PROPERTY + "=false");
  }
}
