package dev.faultline.lab.dashboard;

import dev.faultline.chaos.FaultCatalogue;
import dev.faultline.lab.observe.StatusClient;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.handler.StaticHandler;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * The dashboard's own HTTP server, on loopback, as one verticle: everything (polling, load samples,
 * events, pushes, button presses) runs on its context, so its state needs no locks.
 *
 * <pre>
 * GET  /                      the page (static, from the jar)
 * GET  /assets/uplot/...      uPlot, from its webjar in the jar (no CDN)
 * GET  /api/events            server-sent events: the whole picture, once a second
 * GET  /api/snapshot          the same picture, once
 * POST /api/inject/:fault     the fault to every target at once (needs the chaos token)
 * POST /api/load/start|stop   the dashboard's load (needs the chaos token)
 * </pre>
 */
final class DashboardServer extends VerticleBase {
  static final String UPLOT_DIST = "META-INF/resources/webjars/uplot/1.6.30/dist";
  private static final long POLL_MS = 500;
  private static final long PUSH_MS = 1_000;
  private static final int STATUS_TIMEOUT_MS = 1_500;

  private final DashboardSettings settings;
  private final EventLog log = new EventLog();
  private final SseClients pages = new SseClients();
  private List<TargetWatch> watches;
  private WebClient client;
  private Injector injector;
  private DashboardLoad load;
  private HttpServer http;

  DashboardServer(DashboardSettings settings) {
    this.settings = settings;
  }

  @Override
  public Future<?> start() {
    watches = settings.targets().stream().map(t -> new TargetWatch(t, log)).toList();
    client = WebClient.create(vertx);
    injector = new Injector(client, settings.chaosToken(), watches, log);
    load = new DashboardLoad(vertx, context, settings, watches, log);
    vertx.setPeriodic(POLL_MS, id -> watches.forEach(this::poll));
    vertx.setPeriodic(PUSH_MS, id -> pages.push(snapshot().encode()));
    return vertx
        .createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(settings.port()))
        .requestHandler(router())
        .listen()
        .onSuccess(s -> http = s);
  }

  @Override
  public Future<?> stop() {
    pages.closeAll();
    load.stop();
    client.close();
    return http == null ? Future.succeededFuture() : http.close();
  }

  int port() {
    return http.actualPort();
  }

  DashboardLoad load() {
    return load;
  }

  private Router router() {
    Router router = Router.router(vertx);
    router.get("/api/events").handler(ctx -> pages.add(ctx.response()));
    router.get("/api/snapshot").handler(ctx -> json(ctx, 200, snapshot()));
    router.post("/api/inject/:fault").handler(this::inject);
    router.post("/api/load/:action").handler(this::loadAction);
    router.route("/assets/uplot/*").handler(StaticHandler.create(UPLOT_DIST));
    router.route("/*").handler(StaticHandler.create("dashboard").setCachingEnabled(false));
    return router;
  }

  private void poll(TargetWatch w) {
    if (w.polling) {
      return;
    }
    w.polling = true;
    new StatusClient(client, w.target.host(), w.target.port())
        .read(STATUS_TIMEOUT_MS)
        .onComplete(
            ar -> {
              w.polling = false;
              if (ar.succeeded()) {
                w.observed(ar.result());
              } else {
                w.unreachable(ar.cause().getMessage(), ar.cause() instanceof TimeoutException);
              }
            });
  }

  private void inject(RoutingContext ctx) {
    String fault = ctx.pathParam("fault");
    if (!controlsAllowed(ctx)) {
      return;
    }
    if (!FaultCatalogue.names().contains(fault)) {
      json(
          ctx,
          400,
          error(
                  "bad_parameter",
                  "fault must be one of " + FaultCatalogue.names() + ", but was '" + fault + "'")
              .put("parameter", "fault"));
      return;
    }
    injector.inject(fault);
    json(ctx, 202, new JsonObject().put("injected", fault));
  }

  private void loadAction(RoutingContext ctx) {
    String action = ctx.pathParam("action");
    if (!controlsAllowed(ctx)) {
      return;
    }
    if (action.equals("start")) {
      load.start();
    } else if (action.equals("stop")) {
      load.stop();
    } else {
      json(ctx, 404, error("not_found", "POST /api/load/start or /api/load/stop, not " + action));
      return;
    }
    json(ctx, 202, new JsonObject().put("load", action));
  }

  private boolean controlsAllowed(RoutingContext ctx) {
    if (!settings.controls()) {
      json(
          ctx,
          403,
          error(
              "chaos_disabled",
              "the dashboard was started without a chaos token ($FAULTLINE_CHAOS_TOKEN or --chaos-token-file): its buttons are off"));
    }
    return settings.controls();
  }

  private JsonObject snapshot() {
    return new JsonObject()
        .put("now", System.currentTimeMillis())
        .put("controls", settings.controls())
        .put("load", new JsonObject().put("running", load.running()).put("rate", load.rate()))
        .put("faults", new JsonArray(FaultCatalogue.names()))
        .put("targets", new JsonArray(watches.stream().map(TargetWatch::toJson).toList()))
        .put("events", log.toJson());
  }

  private static JsonObject error(String code, String message) {
    return new JsonObject().put("error", code).put("message", message);
  }

  private static void json(RoutingContext ctx, int status, JsonObject body) {
    ctx.response()
        .setStatusCode(status)
        .putHeader("content-type", "application/json")
        .end(body.encode());
  }
}
