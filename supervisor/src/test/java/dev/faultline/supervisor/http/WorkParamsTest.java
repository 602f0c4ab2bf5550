package dev.faultline.supervisor.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.faultline.chaos.ChaosGuard;
import dev.faultline.chaos.FaultCatalogue;
import dev.faultline.config.WorkloadBounds;
import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkParamsTest {
  private static final String TOKEN = "sekrit-token";
  private static final ChaosGuard CHAOS_OFF = new ChaosGuard(null);
  private static final ChaosGuard CHAOS_ON = new ChaosGuard(TOKEN);

  private static MultiMap params(String... keyValues) {
    MultiMap m = MultiMap.caseInsensitiveMultiMap();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.add(keyValues[i], keyValues[i + 1]);
    }
    return m;
  }

  private static BadRequest refused(MultiMap params, String token, ChaosGuard guard) {
    BadRequest e =
        catchThrowableOfType(BadRequest.class, () -> WorkParams.parse(params, token, guard));
    assertThat(e).as("a BadRequest").isNotNull();
    return e;
  }

  private static void assertBadParameter(BadRequest e, String parameter, String message) {
    assertThat(e.status).isEqualTo(400);
    assertThat(e.code).isEqualTo("bad_parameter");
    assertThat(e.getMessage()).isEqualTo(message);
    assertThat(e.details).isEqualTo(new JsonObject().put("parameter", parameter));
  }

  @Test
  void shouldParsePlainRequestWithNoFault() {
    assertThat(WorkParams.parse(params("input", "42", "cost", "10"), null, CHAOS_OFF))
        .isEqualTo(new WorkParams(42, 10, ""));
  }

  @Test
  void shouldAcceptNegativeInputAndCostBoundsAndSurroundingSpaces() {
    assertThat(WorkParams.parse(params("input", " -7 ", "cost", "0"), null, CHAOS_OFF))
        .isEqualTo(new WorkParams(-7, 0, ""));
    assertThat(WorkParams.parse(params("input", "1", "cost", "10000"), null, CHAOS_OFF).cost())
        .isEqualTo(10_000);
  }

  @Test
  void shouldRejectMissingInputNamingIt() {
    assertBadParameter(
        refused(params("cost", "10"), null, CHAOS_OFF),
        "input",
        "input is required, e.g. /work?input=42&cost=10");
  }

  @Test
  void shouldRejectMissingCostNamingIt() {
    assertBadParameter(
        refused(params("input", "42"), null, CHAOS_OFF),
        "cost",
        "cost is required, e.g. /work?input=42&cost=10");
  }

  @Test
  void shouldRejectNonNumericInput() {
    assertBadParameter(
        refused(params("input", "forty-two", "cost", "10"), null, CHAOS_OFF),
        "input",
        "input must be a whole number, but was 'forty-two'");
  }

  @Test
  void shouldRejectNonNumericCost() {
    assertBadParameter(
        refused(params("input", "42", "cost", "1.5"), null, CHAOS_OFF),
        "cost",
        "cost must be a whole number, but was '1.5'");
  }

  @Test
  void shouldRejectCostAboveMaximum() {
    String tooHigh = String.valueOf(WorkloadBounds.MAX_COST + 1);
    assertBadParameter(
        refused(params("input", "42", "cost", tooHigh), null, CHAOS_OFF),
        "cost",
        "cost must be between 0 and 10000, but was 10001");
  }

  @Test
  void shouldRejectNegativeCost() {
    assertBadParameter(
        refused(params("input", "42", "cost", "-1"), null, CHAOS_OFF),
        "cost",
        "cost must be between 0 and 10000, but was -1");
  }

  @Test
  void shouldRejectCostBeyondIntRangeWithoutOverflow() {
    assertBadParameter(
        refused(params("input", "42", "cost", "4294967296"), null, CHAOS_OFF),
        "cost",
        "cost must be between 0 and 10000, but was 4294967296");
  }

  @Test
  void shouldForbidFaultWhenChaosIsDisabled() {
    BadRequest e = refused(params("input", "42", "cost", "10", "fault", "exit"), TOKEN, CHAOS_OFF);

    assertThat(e.status).isEqualTo(403);
    assertThat(e.code).isEqualTo("chaos_forbidden");
    assertThat(e.getMessage()).isEqualTo(ChaosGuard.Verdict.CHAOS_DISABLED.reason());
    assertThat(e.details).isEqualTo(new JsonObject().put("parameter", "fault"));
  }

  @Test
  void shouldForbidFaultWithWrongOrMissingToken() {
    for (String token : new String[] {"wrong-token", null}) {
      BadRequest e = refused(params("input", "42", "cost", "10", "fault", "exit"), token, CHAOS_ON);

      assertThat(e.status).isEqualTo(403);
      assertThat(e.code).isEqualTo("chaos_forbidden");
      assertThat(e.getMessage())
          .isEqualTo("fault requests need header X-Chaos-Token with the server's chaos token");
    }
  }

  @Test
  void shouldForbidBeforeRevealingValidFaultNames() {
    BadRequest e = refused(params("input", "42", "cost", "10", "fault", "boom"), null, CHAOS_ON);

    assertThat(e.status).isEqualTo(403);
    assertThat(e.details.containsKey("valid")).isFalse();
  }

  @Test
  void shouldRejectUnknownFaultWithRightTokenListingValidNames() {
    BadRequest e = refused(params("input", "42", "cost", "10", "fault", "boom"), TOKEN, CHAOS_ON);

    assertThat(e.status).isEqualTo(400);
    assertThat(e.code).isEqualTo("bad_parameter");
    assertThat(e.getMessage())
        .isEqualTo(
            "fault must be one of "
                + String.join(", ", FaultCatalogue.names())
                + ", but was 'boom'");
    assertThat(e.details)
        .isEqualTo(
            new JsonObject()
                .put("parameter", "fault")
                .put("valid", new JsonArray(FaultCatalogue.names())));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "leak:mb=0 | mb | fault parameter mb of leak must be between 1 and 4096 (MiB), but was 0 | leak:mb=1..4096 MiB (default 16)",
        "leak:mb=5000 | mb | fault parameter mb of leak must be between 1 and 4096 (MiB), but was 5000 | leak:mb=1..4096 MiB (default 16)",
        "cpu-hog:seconds=61 | seconds | fault parameter seconds of cpu-hog must be between 1 and 60 (s), but was 61 | cpu-hog:seconds=1..60 s (default 3)",
        "slow:seconds=0 | seconds | fault parameter seconds of slow must be between 1 and 60 (s), but was 0 | slow:seconds=1..60 s (default 3)",
        "slow:seconds=x | seconds | fault parameter seconds of slow must be a whole number, but was 'x' | slow:seconds=1..60 s (default 3)",
        "hang:seconds=1 | seconds | fault parameter seconds of hang does not exist: hang takes no parameters, but was 'seconds=1' | hang"
      })
  void shouldRejectAFaultParameterOutOfItsBoundsWith400NamingIt(
      String spec, String parameter, String message, String usage) {
    BadRequest e = refused(params("input", "42", "cost", "10", "fault", spec), TOKEN, CHAOS_ON);

    assertThat(e.status).isEqualTo(400);
    assertThat(e.code).isEqualTo("bad_parameter");
    assertThat(e.getMessage()).isEqualTo(message);
    assertThat(e.details)
        .isEqualTo(
            new JsonObject()
                .put("parameter", "fault")
                .put("faultParameter", parameter)
                .put("usage", usage));
  }

  @Test
  void shouldKeepAValidFaultSpecWithItsParameters() {
    assertThat(
            WorkParams.parse(
                params("input", "42", "cost", "10", "fault", "leak:mb=32"), TOKEN, CHAOS_ON))
        .isEqualTo(new WorkParams(42, 10, "leak:mb=32"));
  }

  @Test
  void shouldForbidAFaultWithParametersBeforeCheckingThem() {
    BadRequest e =
        refused(params("input", "42", "cost", "10", "fault", "leak:mb=0"), "wrong-token", CHAOS_ON);

    assertThat(e.status).isEqualTo(403);
  }

  @Test
  void shouldParseValidFaultWithRightToken() {
    assertThat(
            WorkParams.parse(
                params("input", "42", "cost", "10", "fault", "exception"), TOKEN, CHAOS_ON))
        .isEqualTo(new WorkParams(42, 10, "exception"));
  }

  @Test
  void shouldCheckInputBeforeTheFault() {
    BadRequest e = refused(params("input", "x", "cost", "10", "fault", "exit"), null, CHAOS_OFF);

    assertBadParameter(e, "input", "input must be a whole number, but was 'x'");
  }

  @Test
  void shouldCarryNoStackTrace() {
    assertThat(refused(params(), null, CHAOS_OFF).getStackTrace()).isEmpty();
  }
}
