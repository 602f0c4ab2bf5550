package dev.faultline.lab.dashboard;

import dev.faultline.chaos.ChaosGuard;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends one fault to every target at once, as a {@code GET /work?...&fault=NAME} carrying the chaos
 * token (which only the dashboard's server knows), and logs what each answered: a process-mode
 * server answers 502 naming the dead worker; a thread-mode server usually never answers, because
 * the fault took the whole server down with the request.
 */
final class Injector {
  /** A hung request answers late or never: the event says so after this long. */
  private static final int ANSWER_WAIT_MS = 10_000;

  private final WebClient client;
  private final String token;
  private final List<TargetWatch> watches;
  private final EventLog log;

  Injector(WebClient client, String token, List<TargetWatch> watches, EventLog log) {
    this.client = client;
    this.token = token;
    this.watches = watches;
    this.log = log;
  }

  void inject(String fault) {
    for (TargetWatch w : watches) {
      w.faultSent(fault);
      log.add("inject", w.target.name(), fault + " sent");
      client
          .get(w.target.port(), w.target.host(), "/work")
          .addQueryParam("input", String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000)))
          .addQueryParam("cost", "1")
          .addQueryParam("fault", fault)
          .putHeader(ChaosGuard.TOKEN_HEADER, token)
          .timeout(ANSWER_WAIT_MS)
          .send()
          .onSuccess(r -> log.add("answer", w.target.name(), fault + ": " + describe(r)))
          .onFailure(
              e ->
                  log.add(
                      "answer",
                      w.target.name(),
                      fault + ": no answer (" + e.getMessage() + "); the request was lost"));
    }
  }

  private static String describe(HttpResponse<Buffer> r) {
    if (r.statusCode() == 200) {
      return "200, the unit survived it";
    }
    try {
      JsonObject body = r.bodyAsJsonObject();
      return r.statusCode() + " " + body.getString("error") + ": " + body.getString("message");
    } catch (RuntimeException e) {
      return String.valueOf(r.statusCode());
    }
  }
}
