package dev.faultline.lab.matrix;

import io.vertx.core.json.JsonObject;
import java.util.Map;

/**
 * One fault in one mode, measured. The fields first, then what helps to read them.
 *
 * @param fault the fault's name; {@code spec} is what was injected ({@code leak:mb=128})
 * @param valid the server started and the baseline was all correct; an invalid row is not counted
 * @param invalidReason why not, or ""
 * @param serverSurvived the server JVM was still running at the end of the window
 * @param recoveryMs null if the background load never had a full second of correct answers
 * @param faultAnswer what the faulted request itself got: {@code http_502_worker_crashed}, {@code
 *     timeout}...
 * @param death why the server died, or "" if it did not
 * @param logs the trial's directory: servers' logs, crash reports, every background request
 * @param attempt 1, or 2 when the first trial's steady state did not hold and it was run again
 * @param phases when the baseline began and ended, the fault was sent and the window ended, on the
 *     clock of the trial's samples ({@code dueMs} of its CSV); null if the trial did not run
 */
record MatrixRow(
    String fault,
    String mode,
    boolean valid,
    String invalidReason,
    boolean serverSurvived,
    int collateralFailures,
    int wrongAnswers,
    Long recoveryMs,
    int capacityLost,
    double baselineP99Ms,
    double windowP99Ms,
    String spec,
    String faultAnswer,
    String death,
    int baselineRequests,
    int windowRequests,
    Map<String, Integer> errors,
    String logs,
    int attempt,
    Timeline phases) {

  static MatrixRow measured(
      String spec,
      String mode,
      TrialMeasure m,
      boolean survived,
      int capacityLost,
      String faultAnswer,
      String death) {
    String reason =
        m.baselineHeld()
            ? ""
            : m.baselineRequests() == 0
                ? "no baseline requests"
                : "baseline not steady: "
                    + m.baselineFailures()
                    + " of "
                    + m.baselineRequests()
                    + " requests failed "
                    + m.baselineErrors();
    return new MatrixRow(
        name(spec),
        mode,
        m.baselineHeld(),
        reason,
        survived,
        m.collateralFailures(),
        m.wrongAnswers(),
        m.recoveryMs(),
        capacityLost,
        m.baselineP99Ms(),
        m.windowP99Ms(),
        spec,
        faultAnswer,
        death,
        m.baselineRequests(),
        m.windowRequests(),
        m.errors(),
        "",
        1,
        m.phases());
  }

  /** A row for a trial that could not run, such as a server that did not start. */
  static MatrixRow notRun(String spec, String mode, String reason) {
    return new MatrixRow(
        name(spec),
        mode,
        false,
        reason,
        false,
        0,
        0,
        null,
        0,
        0,
        0,
        spec,
        "",
        "",
        0,
        0,
        Map.of(),
        "",
        1,
        null);
  }

  /** The same row, saying where its trial's files are and which attempt it was. */
  MatrixRow of(String dir, int attemptNumber) {
    return new MatrixRow(
        fault,
        mode,
        valid,
        invalidReason,
        serverSurvived,
        collateralFailures,
        wrongAnswers,
        recoveryMs,
        capacityLost,
        baselineP99Ms,
        windowP99Ms,
        spec,
        faultAnswer,
        death,
        baselineRequests,
        windowRequests,
        errors,
        dir,
        attemptNumber,
        phases);
  }

  JsonObject toJson() {
    return new JsonObject()
        .put("fault", fault)
        .put("mode", mode)
        .put("valid", valid)
        .put("serverSurvived", serverSurvived)
        .put("collateralFailures", collateralFailures)
        .put("wrongAnswers", wrongAnswers)
        .put("recoveryMs", recoveryMs)
        .put("capacityLost", capacityLost)
        .put("baselineP99Ms", baselineP99Ms)
        .put("windowP99Ms", windowP99Ms)
        .put("spec", spec)
        .put("invalidReason", invalidReason)
        .put("faultAnswer", faultAnswer)
        .put("death", death)
        .put("baselineRequests", baselineRequests)
        .put("windowRequests", windowRequests)
        .put("errors", new JsonObject(Map.copyOf(errors)))
        .put("logs", logs)
        .put("attempt", attempt)
        .put("phasesMs", phases == null ? null : phasesMs(phases));
  }

  /** {@code {"baselineStart", "baselineEnd", "inject", "windowEnd"}}, ms from the load's start. */
  private static JsonObject phasesMs(Timeline t) {
    return new JsonObject()
        .put("baselineStart", t.baselineStart() / 1e6)
        .put("baselineEnd", t.baselineEnd() / 1e6)
        .put("inject", t.injectAt() / 1e6)
        .put("windowEnd", t.windowEnd() / 1e6);
  }

  private static String name(String spec) {
    int colon = spec.indexOf(':');
    return colon < 0 ? spec : spec.substring(0, colon);
  }
}
