package dev.faultline.supervisor.http;

import dev.faultline.chaos.ChaosGuard;
import dev.faultline.supervisor.backend.Backend;
import dev.faultline.supervisor.backend.BackendFailure;
import dev.faultline.supervisor.backend.Job;
import dev.faultline.supervisor.backend.JobResult;
import dev.faultline.supervisor.backend.NodeFault;
import dev.faultline.supervisor.metrics.ServerMetrics;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP front, the same in both modes: turns a request into a {@link Job}, hands it to the
 * {@link Backend} and answers with what comes back. Nothing here blocks the event loop.
 *
 * <pre>
 * GET /work?input=&lt;long&gt;&amp;cost=&lt;int&gt;[&amp;fault=&lt;name&gt;]   200 JSON answer, or JSON error
 * GET /health                                     200 {"status":"up","mode":...}
 * GET /status[?format=text]                       200 units, states, counters; a scoreboard
 * GET /metrics                                    200 Prometheus text format
 * GET /chaos/node?node=&lt;n&gt;&amp;fault=kill|pause|partition[&amp;ms=]  cluster mode, token: a node fault
 * </pre>
 */
public final class HttpFront {
  /** The Prometheus text exposition format, version 0.0.4. */
  private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  private static final Logger LOG = LoggerFactory.getLogger("http");
  private final Vertx vertx;
  private final Backend backend;
  private final ChaosGuard guard;
  private final ServerMetrics metrics;
  private final AtomicLong requestIds = new AtomicLong();

  public HttpFront(Vertx vertx, Backend backend, ChaosGuard guard, ServerMetrics metrics) {
    this.vertx = vertx;
    this.backend = backend;
    this.guard = guard;
    this.metrics = metrics;
  }

  public Future<HttpServer> listen(String host, int port) {
    Router router = Router.router(vertx);
    router.route().handler(HttpLimits::refuseChunkedBody);
    router.route().handler(BodyHandler.create(false).setBodyLimit(HttpLimits.MAX_BODY_BYTES));
    router.errorHandler(400, HttpLimits::requestFailed);
    router.errorHandler(500, HttpLimits::requestFailed);
    endpoint(router, "/work", this::work);
    endpoint(router, "/health", ctx -> Json.send(ctx, 200, health()));
    endpoint(router, "/status", this::status);
    endpoint(router, "/metrics", this::metrics);
    endpoint(router, "/chaos/node", this::nodeFault);
    router.errorHandler(413, HttpFront::bodyTooLarge);
    router
        .route()
        .last()
        .handler(
            ctx ->
                Json.error(
                    ctx,
                    404,
                    "not_found",
                    "no such endpoint: "
                        + ctx.request().method()
                        + " "
                        + ctx.request().path()
                        + "; try GET /work?input=42&cost=10, /health, /status or /metrics",
                    new JsonObject()));
    return vertx
        .createHttpServer(HttpLimits.options(host, port))
        .connectionHandler(HttpLimits.connectionLimit())
        .invalidRequestHandler(HttpLimits::invalidRequest)
        .requestHandler(router)
        .listen();
  }

  /**
   * GET and HEAD (GET without the body: Vert.x leaves the body out of a HEAD answer); any other
   * method on a known path is a 405 with {@code Allow}.
   */
  private static void endpoint(Router router, String path, Handler<RoutingContext> handler) {
    router.route(path).method(HttpMethod.GET).method(HttpMethod.HEAD).handler(handler);
    router.route(path).handler(HttpFront::methodNotAllowed);
  }

  private static void bodyTooLarge(RoutingContext ctx) {
    ctx.response().putHeader("connection", "close");
    Json.error(
        ctx,
        413,
        "too_large",
        "request body larger than " + HttpLimits.MAX_BODY_BYTES + " bytes",
        new JsonObject());
  }

  private static void methodNotAllowed(RoutingContext ctx) {
    ctx.response().putHeader("Allow", "GET, HEAD");
    Json.error(
        ctx,
        405,
        "method_not_allowed",
        ctx.request().method() + " is not allowed on " + ctx.request().path() + "; use GET or HEAD",
        new JsonObject().put("allow", "GET, HEAD"));
  }

  private void work(RoutingContext ctx) {
    long startNanos = System.nanoTime();
    WorkParams p;
    try {
      p =
          WorkParams.parse(
              ctx.request().params(), ctx.request().getHeader(ChaosGuard.TOKEN_HEADER), guard);
    } catch (BadRequest e) {
      metrics.requestAnswered(e.code, System.nanoTime() - startNanos);
      Json.error(ctx, e.status, e.code, e.getMessage(), e.details);
      return;
    }
    Job job =
        new Job(
            requestIds.incrementAndGet(),
            p.input(),
            p.cost(),
            p.fault(),
            "GET " + ctx.request().uri());
    if (!job.fault().isEmpty()) {
      LOG.warn("request {} injects fault {} (chaos token accepted)", job.id(), job.fault());
    }
    Context context = vertx.getOrCreateContext();
    backend
        .submit(job)
        .whenComplete(
            (result, failure) ->
                context.runOnContext(
                    v -> {
                      String outcome = failure == null ? "ok" : fail(ctx, failure);
                      if (failure == null) {
                        Json.send(ctx, 200, answer(job, result));
                      }
                      metrics.requestAnswered(outcome, System.nanoTime() - startNanos);
                    }));
  }

  private JsonObject answer(Job job, JobResult r) {
    return new JsonObject()
        .put("input", job.input())
        .put("cost", job.cost())
        .put("digest", Long.toHexString(r.digest()))
        .put("mode", backend.mode().label())
        .put("unit", r.unit())
        .put("pid", r.pid())
        .put("request", job.id());
  }

  /** Answers with the failure's JSON; returns its error code. */
  private static String fail(RoutingContext ctx, Throwable failure) {
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    if (cause instanceof BackendFailure f) {
      if (f.retryAfterSeconds() != BackendFailure.NO_RETRY_AFTER && !ctx.response().headWritten()) {
        ctx.response().putHeader("Retry-After", String.valueOf(f.retryAfterSeconds()));
      }
      Json.error(ctx, f.httpStatus(), f.code(), f.getMessage(), new JsonObject(f.details()));
      return f.code();
    }
    Json.error(ctx, 500, "internal_error", cause.toString(), new JsonObject());
    return "internal_error";
  }

  private JsonObject health() {
    return new JsonObject()
        .put("status", "up")
        .put("mode", backend.mode().label())
        .put("pid", ProcessHandle.current().pid());
  }

  private void status(RoutingContext ctx) {
    String format = ctx.request().getParam("format", "json");
    if (!format.equals("json") && !format.equals("text")) {
      BadRequest e =
          BadRequest.parameter("format", "format must be json or text, but was '" + format + "'");
      Json.error(ctx, e.status, e.code, e.getMessage(), e.details);
      return;
    }
    Context context = vertx.getOrCreateContext();
    backend
        .status()
        .whenComplete(
            (s, failure) ->
                context.runOnContext(
                    v -> {
                      if (failure != null) {
                        fail(ctx, failure);
                      } else if (format.equals("text")) {
                        Json.text(ctx, 200, "text/plain; charset=utf-8", StatusText.render(s));
                      } else {
                        Json.send(ctx, 200, s);
                      }
                    }));
  }

  private void nodeFault(RoutingContext ctx) {
    NodeFault fault;
    try {
      fault =
          NodeFaultParams.parse(
              ctx.request().params(), ctx.request().getHeader(ChaosGuard.TOKEN_HEADER), guard);
    } catch (BadRequest e) {
      Json.error(ctx, e.status, e.code, e.getMessage(), e.details);
      return;
    }
    LOG.warn(
        "chaos: {} node {} {} ms (chaos token accepted)",
        fault.kind().label(),
        fault.node(),
        fault.ms());
    Context context = vertx.getOrCreateContext();
    backend
        .nodeFault(fault)
        .whenComplete(
            (done, failure) ->
                context.runOnContext(
                    v -> {
                      if (failure != null) {
                        fail(ctx, failure);
                      } else {
                        Json.send(ctx, 200, done);
                      }
                    }));
  }

  private void metrics(RoutingContext ctx) {
    Json.text(ctx, 200, PROMETHEUS_TEXT, metrics.scrape());
  }
}
