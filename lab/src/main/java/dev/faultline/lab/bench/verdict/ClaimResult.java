package dev.faultline.lab.bench.verdict;

import io.vertx.core.json.JsonObject;

/**
 * One row of the claims table: the claim, what was measured, the numbers (each key names its unit:
 * {@code p50Us}, {@code privateKib}), and the verdict with its sentence.
 */
public record ClaimResult(
    LessonClaim claim, String part, String measured, JsonObject numbers, Judgement judgement) {

  public static ClaimResult notMeasured(LessonClaim claim, String part, String why) {
    return new ClaimResult(claim, part, "nothing", new JsonObject(), Judgement.notMeasured(why));
  }

  public JsonObject toJson() {
    return new JsonObject()
        .put("claim", claim.number())
        .put("text", claim.text())
        .put("part", part)
        .put("measured", measured)
        .put("numbers", numbers)
        .put("verdict", judgement.verdict().label())
        .put("sentence", judgement.sentence());
  }
}
