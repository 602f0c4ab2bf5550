package dev.faultline.supervisor.serve;

import dev.faultline.config.Mode;
import dev.faultline.supervisor.metrics.ServerMetrics;
import io.netty.channel.EventLoop;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.transport.Transport;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;

/**
 * The HTTP front's Vert.x: one event loop, its HTTP meters in the server's registry. In process
 * mode it runs on Netty's epoll transport (where it loads), so that the workers' IPC connections,
 * epoll channels, can live on that very loop: a request is then written to its worker, and its
 * answer read, on the thread that received it (issue 16 item 1). Thread mode keeps NIO, its front
 * as it was measured (the faults hit that JVM, the matrix's fd-exhaustion row among them).
 */
final class FrontVertx {
  private FrontVertx() {}

  static Vertx create(Mode mode, ServerMetrics metrics) {
    var builder =
        Vertx.builder()
            .with(
                new VertxOptions()
                    .setEventLoopPoolSize(1)
                    .setMetricsOptions(new MicrometerMetricsOptions().setEnabled(true)))
            .withMetrics(new MicrometerMetricsFactory(metrics.registry()));
    if (mode == Mode.PROCESS && Transport.EPOLL.available()) {
      builder.withTransport(Transport.EPOLL);
    }
    return builder.build();
  }

  /** Its one event loop when it runs on epoll (worker connections may join it); else null. */
  static EventLoop epollLoop(Vertx vertx) {
    if (!vertx.isNativeTransportEnabled()) {
      return null;
    }
    return ((ContextInternal) vertx.getOrCreateContext()).nettyEventLoop();
  }
}
