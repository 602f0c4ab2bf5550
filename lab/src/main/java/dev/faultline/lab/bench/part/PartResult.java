package dev.faultline.lab.bench.part;

import dev.faultline.lab.bench.verdict.ClaimResult;
import io.vertx.core.json.JsonObject;

/**
 * What a part measured: its data (stable field names, units in the names), its claim's row (null
 * for a part without a claim) and its details as Markdown for the report.
 */
public record PartResult(String part, JsonObject data, ClaimResult claim, String markdown) {}
