package dev.faultline.supervisor.metrics;

import dev.faultline.config.Mode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.function.IntSupplier;

/**
 * The server's meters, in one Prometheus registry that {@code GET /metrics} scrapes. Every meter
 * carries the server's {@code mode}. Callers record facts as they happen (a request answered, a
 * worker dead, a replacement ready); nothing here scans the pool. Micrometer turns the dotted names
 * into Prometheus ones: {@code faultline.worker.deaths} becomes {@code
 * faultline_worker_deaths_total}, a timer gets {@code _seconds}.
 */
public final class ServerMetrics {
  /** Histogram buckets of request latency and of recovery: from a fast answer to a slow boot. */
  private static final Duration[] BUCKETS = {
    Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofMillis(10),
    Duration.ofMillis(20), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200),
    Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5),
    Duration.ofSeconds(10), Duration.ofSeconds(30)
  };

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Timer latency;
  private final Timer deathToReady;
  private final Counter restarts;
  private final Counter recycles;
  private final Counter quarantined;

  public ServerMetrics(Mode mode) {
    registry.config().commonTags("mode", mode.label());
    bindJvmAndProcess();
    this.latency = histogram("faultline.request.duration", "Time from request to answer");
    this.deathToReady =
        histogram(
            "faultline.worker.recovery", "Time from a worker's death to its replacement ready");
    this.restarts = counter("faultline.worker.restarts", "Workers replaced after a death");
    this.recycles = counter("faultline.worker.recycles", "Workers retired on purpose and replaced");
    this.quarantined =
        counter("faultline.requests.quarantined", "Requests refused as poison (422 quarantined)");
  }

  /**
   * @param outcome {@code ok}, or the JSON error code of the answer ({@code worker_crashed}, ...)
   */
  public void requestAnswered(String outcome, long nanos) {
    Counter.builder("faultline.requests")
        .description("Requests answered, by outcome")
        .tag("outcome", outcome)
        .register(registry)
        .increment();
    latency.record(Duration.ofNanos(nanos));
  }

  /**
   * @param causeClass the class of what killed it: {@code native_crash}, {@code out_of_memory}, ...
   */
  public void workerDied(String causeClass) {
    Counter.builder("faultline.worker.deaths")
        .description("Worker JVMs that exited, by cause class")
        .tag("cause", causeClass)
        .register(registry)
        .increment();
  }

  public void workerRestarted() {
    restarts.increment();
  }

  public void workerRecycled() {
    recycles.increment();
  }

  public void requestQuarantined() {
    quarantined.increment();
  }

  public void workerReadyAfterDeath(Duration sinceDeath) {
    deathToReady.record(sinceDeath);
  }

  /** Gauges read when scraped: units able to take a request now, and requests waiting for one. */
  public void watchUnits(int units, IntSupplier ready, IntSupplier queued) {
    Gauge.builder("faultline.units", () -> units)
        .description("Units configured")
        .register(registry);
    Gauge.builder("faultline.units.ready", ready::getAsInt)
        .description("Units that can take a request now")
        .register(registry);
    Gauge.builder("faultline.queue.length", queued::getAsInt)
        .description("Requests waiting for a free unit")
        .register(registry);
  }

  /** For Vert.x's own HTTP server meters ({@code vertx_http_server_*}). */
  public MeterRegistry registry() {
    return registry;
  }

  /** The Prometheus text exposition format. */
  public String scrape() {
    return registry.scrape();
  }

  private void bindJvmAndProcess() {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    new FileDescriptorMetrics().bindTo(registry);
    new ProcMemoryMetrics().bindTo(registry);
  }

  private Timer histogram(String name, String description) {
    return Timer.builder(name)
        .description(description)
        .serviceLevelObjectives(BUCKETS)
        .register(registry);
  }

  private Counter counter(String name, String description) {
    return Counter.builder(name).description(description).register(registry);
  }
}
