package dev.faultline.lab.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.chaos.FaultCatalogue;
import dev.faultline.lab.it.ServerJvm.Reply;
import dev.faultline.worker.Workload;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The HTTP contract of {@code GET /work}, {@code /health}, {@code /status} and unknown paths, on
 * two real thread-mode servers: one with a chaos token, one without.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HttpContractIT {
  private static final String TOKEN = "contract-it-token";

  @TempDir static Path tmp;
  private ServerJvm chaos;
  private ServerJvm plain;

  @BeforeAll
  void startServers() throws IOException {
    chaos = servers.start("thread", 2, TOKEN, tmp.resolve("chaos"));
    plain = servers.start("thread", 2, null, tmp.resolve("plain"));
  }

  @RegisterExtension static final ServerExtension servers = new ServerExtension();

  @Test
  void shouldAnswerWorkWithTheCorrectDigestFromAThreadOfTheServer() throws IOException {
    Reply r = chaos.get("/work?input=-42&cost=10");

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.contentType()).contains("application/json");
    JsonObject body = r.json();
    assertThat(body.getLong("input")).isEqualTo(-42L);
    assertThat(body.getInteger("cost")).isEqualTo(10);
    assertThat(body.getString("digest")).isEqualTo(Long.toHexString(Workload.digest(-42, 10)));
    assertThat(body.getString("mode")).isEqualTo("thread");
    assertThat(body.getString("unit")).matches("thread-[12]");
    assertThat(body.getLong("pid")).isEqualTo(chaos.pid());
    assertThat(body.getLong("request")).isPositive();
  }

  @Test
  void shouldAnswerHealthAndStatus() throws IOException {
    Reply health = chaos.get("/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().getString("status")).isEqualTo("up");
    assertThat(health.json().getString("mode")).isEqualTo("thread");
    assertThat(health.json().getLong("pid")).isEqualTo(chaos.pid());

    JsonObject status = chaos.status();
    assertThat(status.getString("mode")).isEqualTo("thread");
    assertThat(status.getInteger("units")).isEqualTo(2);
    assertThat(status.getLong("workerRestarts")).isZero();
  }

  @Test
  void shouldRefuseAFaultWithoutTheTokenHeaderAndNotRunIt() throws IOException {
    Reply r = chaos.get("/work?input=1&cost=1&fault=segfault");

    assertForbidden(r);
    assertThat(r.json().getString("message")).contains("X-Chaos-Token");
    assertThat(chaos.get("/health").status()).as("the server is still up").isEqualTo(200);
  }

  @Test
  void shouldRefuseAFaultWithTheWrongToken() throws IOException {
    Reply r =
        chaos.get("/work?input=1&cost=1&fault=segfault", Map.of("X-Chaos-Token", TOKEN + "-wrong"));

    assertForbidden(r);
    assertThat(chaos.get("/health").status()).as("the server is still up").isEqualTo(200);
  }

  @Test
  void shouldRefuseEveryFaultWhenTheServerHasNoChaosToken() throws IOException {
    Reply r = plain.get("/work?input=1&cost=1&fault=segfault", Map.of("X-Chaos-Token", TOKEN));

    assertForbidden(r);
    assertThat(r.json().getString("message")).contains("chaos is disabled");
    assertThat(plain.get("/health").status()).as("the server is still up").isEqualTo(200);
  }

  @Test
  void shouldRunAFaultWithTheRightToken() throws IOException {
    Reply r = chaos.get("/work?input=1&cost=1&fault=exception", Map.of("X-Chaos-Token", TOKEN));

    assertThat(r.status()).as(r.body()).isEqualTo(500);
    assertThat(r.json().getString("error")).isEqualTo("job_failed");
  }

  @ParameterizedTest(name = "{0} -> 400 naming {1}")
  @CsvSource({
    "/work?cost=10, input",
    "/work?input=abc&cost=10, input",
    "/work?input=1.5&cost=10, input",
    "/work?input=1, cost",
    "/work?input=1&cost=10001, cost",
    "/work?input=1&cost=-1, cost",
    "/work?input=1&cost=ten, cost",
  })
  void shouldRejectABadParameterWith400NamingIt(String path, String parameter) throws IOException {
    Reply r = plain.get(path);

    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.contentType()).contains("application/json");
    assertThat(r.json().getString("error")).isEqualTo("bad_parameter");
    assertThat(r.json().getString("parameter")).isEqualTo(parameter);
  }

  @Test
  void shouldRejectAnUnknownFaultWith400ListingTheValidNames() throws IOException {
    Reply r = chaos.get("/work?input=1&cost=1&fault=meteor", Map.of("X-Chaos-Token", TOKEN));

    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.json().getString("error")).isEqualTo("bad_parameter");
    assertThat(r.json().getString("parameter")).isEqualTo("fault");
    assertThat(r.json().getJsonArray("valid").getList())
        .containsExactlyElementsOf(FaultCatalogue.names());
    assertThat(r.json().getString("message")).contains("meteor");
  }

  @ParameterizedTest(name = "{0} -> 400 naming fault parameter {1}")
  @CsvSource({
    "leak:mb=0, mb",
    "leak:mb=4097, mb",
    "cpu-hog:seconds=61, seconds",
    "slow:seconds=0, seconds",
    "hang:seconds=1, seconds"
  })
  void shouldRejectAFaultParameterOutsideItsBoundsWith400NamingIt(String spec, String parameter)
      throws IOException {
    Reply r = chaos.get("/work?input=1&cost=1&fault=" + spec, Map.of("X-Chaos-Token", TOKEN));

    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.contentType()).contains("application/json");
    assertThat(r.json().getString("error")).isEqualTo("bad_parameter");
    assertThat(r.json().getString("parameter")).isEqualTo("fault");
    assertThat(r.json().getString("faultParameter")).isEqualTo(parameter);
    assertThat(r.json().getString("message")).startsWith("fault parameter " + parameter + " of ");
  }

  @Test
  void shouldAnswerAFaultWithAParameterInBoundsAndKeepServing() throws IOException {
    Reply r = chaos.get("/work?input=1&cost=1&fault=leak:mb=1", Map.of("X-Chaos-Token", TOKEN));

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().getString("digest")).isEqualTo(Long.toHexString(Workload.digest(1, 1)));
  }

  @Test
  void shouldAnswerAnUnknownPathWithA404Json() throws IOException {
    Reply r = plain.get("/nowhere?x=1");

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.contentType()).contains("application/json");
    assertThat(r.json().getString("error")).isEqualTo("not_found");
    assertThat(r.json().getString("message")).contains("/nowhere");
  }

  private static void assertForbidden(Reply r) {
    assertThat(r.status()).as(r.body()).isEqualTo(403);
    assertThat(r.contentType()).contains("application/json");
    assertThat(r.json().getString("error")).isEqualTo("chaos_forbidden");
    assertThat(r.json().getString("parameter")).isEqualTo("fault");
  }
}
