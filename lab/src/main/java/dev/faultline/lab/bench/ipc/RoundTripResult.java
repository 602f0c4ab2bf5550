package dev.faultline.lab.bench.ipc;

import io.vertx.core.json.JsonObject;

/**
 * One kind at one placement: round trips of a 64-byte message, their latency in µs (from an
 * HdrHistogram) and how many round trips a second that makes; or, when the kind could not run, why.
 */
public record RoundTripResult(
    String kind,
    String placement,
    String how,
    long roundTrips,
    double p50Us,
    double p99Us,
    double maxUs,
    double perSecond,
    String error) {

  static RoundTripResult failed(String kind, String placement, String how, String error) {
    return new RoundTripResult(kind, placement, how, 0, 0, 0, 0, 0, error);
  }

  public boolean ok() {
    return error == null;
  }

  public JsonObject toJson() {
    JsonObject j = new JsonObject().put("kind", kind).put("placement", placement).put("how", how);
    if (!ok()) {
      return j.put("error", error);
    }
    return j.put("roundTrips", roundTrips)
        .put("p50Us", p50Us)
        .put("p99Us", p99Us)
        .put("maxUs", maxUs)
        .put("roundTripsPerSecond", perSecond);
  }
}
