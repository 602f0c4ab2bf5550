package dev.faultline.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class ResponseCheckTest {
  private final PlannedRequest request = new PlannedRequest(0, 0, 42, 0, "");

  /** A response that answers only what ResponseCheck asks: its status and its body. */
  @SuppressWarnings("unchecked")
  private static HttpResponse<Buffer> response(int status, String body) {
    return (HttpResponse<Buffer>) Proxy.newProxyInstance(HttpResponse.class.getClassLoader(),
        new Class<?>[] {HttpResponse.class}, (proxy, method, args) -> switch (method.getName()) {
          case "statusCode" -> status;
          case "body" -> body == null ? null : Buffer.buffer(body);
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }

  @Test
  void shouldAcceptOkWithTheExpectedDigest() {
    String body = "{\"digest\":\"bdd732262feb6e95\",\"mode\":\"thread\"}";

    assertThat(ResponseCheck.judge(request, response(200, body))).isEqualTo(Outcome.OK);
  }

  @Test
  void shouldCallOkWithAnotherDigestAWrongAnswer() {
    assertThat(ResponseCheck.judge(request, response(200, "{\"digest\":\"0\"}"))).isEqualTo(Outcome.WRONG_ANSWER);
  }

  @Test
  void shouldCallOkWithoutJsonBodyAWrongAnswer() {
    assertThat(ResponseCheck.judge(request, response(200, "not json"))).isEqualTo(Outcome.WRONG_ANSWER);
    assertThat(ResponseCheck.judge(request, response(200, null))).isEqualTo(Outcome.WRONG_ANSWER);
  }

  @Test
  void shouldClassifyErrorStatusWithItsErrorCode() {
    Outcome o = ResponseCheck.judge(request, response(502, "{\"error\":\"worker_crashed\",\"message\":\"x\"}"));

    assertThat(o).isEqualTo(Outcome.failed("http_502_worker_crashed"));
    assertThat(o.correct()).isFalse();
    assertThat(o.wrongAnswer()).isFalse();
  }

  @Test
  void shouldClassifyErrorStatusWithoutJsonByStatusAlone() {
    assertThat(ResponseCheck.judge(request, response(500, "<html>oops</html>"))).isEqualTo(Outcome.failed("http_500"));
  }

  @Test
  void shouldClassifyConnectFailureAsRefused() {
    assertThat(ResponseCheck.judge(new ConnectException("Connection refused"))).isEqualTo(Outcome.failed("connect_refused"));
  }

  @Test
  void shouldClassifyTimeouts() {
    assertThat(ResponseCheck.judge(new TimeoutException("late"))).isEqualTo(Outcome.failed("timeout"));
    assertThat(ResponseCheck.judge(new NoStackTraceTimeoutException())).isEqualTo(Outcome.failed("timeout"));
  }

  @Test
  void shouldClassifyClosedAndResetConnectionsAsClosed() {
    assertThat(ResponseCheck.judge(new IOException("Connection reset by peer")))
        .isEqualTo(Outcome.failed("connection_closed"));
    assertThat(ResponseCheck.judge(new IllegalStateException("Connection was closed")))
        .isEqualTo(Outcome.failed("connection_closed"));
  }

  @Test
  void shouldClassifyAnythingElseByExceptionName() {
    assertThat(ResponseCheck.judge(new IllegalArgumentException("boom")))
        .isEqualTo(Outcome.failed("IllegalArgumentException"));
    assertThat(ResponseCheck.judge(new NullPointerException())).isEqualTo(Outcome.failed("NullPointerException"));
  }

  /** Vert.x's client names its timeout exceptions like this; only the simple name is checked. */
  private static final class NoStackTraceTimeoutException extends RuntimeException {}
}
