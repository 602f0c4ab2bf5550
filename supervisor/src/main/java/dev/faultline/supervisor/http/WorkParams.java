package dev.faultline.supervisor.http;

import dev.faultline.chaos.BadFaultParameterException;
import dev.faultline.chaos.ChaosGuard;
import dev.faultline.chaos.FaultCatalogue;
import dev.faultline.chaos.FaultSpec;
import dev.faultline.chaos.UnknownFaultException;
import dev.faultline.config.WorkloadBounds;
import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The parameters of {@code GET /work?input=<long>&cost=<int>[&fault=<spec>]}, checked: bad input
 * becomes a {@link BadRequest} naming the parameter, a fault without the right token a 403. A fault
 * spec is a name with optional parameters ({@code leak:mb=32}, see {@link FaultSpec}); an unknown
 * name or a parameter out of its bounds is a 400 naming {@code fault} and, for a parameter, {@code
 * faultParameter}.
 *
 * @param fault the fault spec as given, or "" for none
 */
record WorkParams(long input, int cost, String fault) {

  static WorkParams parse(MultiMap params, String token, ChaosGuard guard) {
    long input = parseLong(params, "input");
    long cost = parseLong(params, "cost");
    if (cost < WorkloadBounds.MIN_COST || cost > WorkloadBounds.MAX_COST) {
      throw BadRequest.parameter(
          "cost",
          "cost must be between "
              + WorkloadBounds.MIN_COST
              + " and "
              + WorkloadBounds.MAX_COST
              + ", but was "
              + cost);
    }
    String fault = params.get("fault");
    if (fault == null || fault.isEmpty()) {
      return new WorkParams(input, (int) cost, "");
    }
    ChaosGuard.Verdict verdict = guard.check(token);
    if (verdict != ChaosGuard.Verdict.ALLOWED) {
      throw new BadRequest(
          403, "chaos_forbidden", verdict.reason(), new JsonObject().put("parameter", "fault"));
    }
    return new WorkParams(input, (int) cost, checkedFault(fault).text());
  }

  private static FaultSpec checkedFault(String fault) {
    try {
      return FaultSpec.parse(fault);
    } catch (UnknownFaultException e) {
      throw new BadRequest(
          400,
          "bad_parameter",
          e.getMessage(),
          new JsonObject()
              .put("parameter", "fault")
              .put("valid", new JsonArray(FaultCatalogue.names())));
    } catch (BadFaultParameterException e) {
      throw new BadRequest(
          400,
          "bad_parameter",
          e.getMessage(),
          new JsonObject()
              .put("parameter", "fault")
              .put("faultParameter", e.parameter())
              .put("usage", FaultSpec.usage(FaultCatalogue.byName(e.fault()))));
    }
  }

  private static long parseLong(MultiMap params, String name) {
    String text = params.get(name);
    if (text == null) {
      throw BadRequest.parameter(name, name + " is required, e.g. /work?input=42&cost=10");
    }
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw BadRequest.parameter(name, name + " must be a whole number, but was '" + text + "'");
    }
  }
}
