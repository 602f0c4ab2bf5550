package dev.faultline.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClosedException;
import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class ResponseCheckTest {
  private final PlannedRequest request = new PlannedRequest(0, 0, 42, 0, "");

  private static Buffer body(String text) {
    return text == null ? null : Buffer.buffer(text);
  }

  @Test
  void shouldNameTheErrorCodeOfAnAnswerThatNeedsNoDigest() {
    assertThat(ResponseCheck.errorCode(200, body("{}"))).isEmpty();
    assertThat(ResponseCheck.errorCode(502, body("{\"error\":\"worker_crashed\"}")))
        .isEqualTo("http_502_worker_crashed");
    assertThat(ResponseCheck.errorCode(new ConnectException("Connection refused")))
        .isEqualTo("connect_refused");
  }

  @Test
  void shouldAcceptOkWithTheExpectedDigest() {
    String body = "{\"digest\":\"bdd732262feb6e95\",\"mode\":\"thread\"}";

    assertThat(ResponseCheck.judge(request, 200, body(body))).isEqualTo(Outcome.OK);
  }

  @Test
  void shouldAcceptTheDigestWhereverTheFieldSitsAndHoweverTheJsonIsSpaced() {
    assertThat(
            ResponseCheck.judge(
                request, 200, body("{ \"mode\": \"process\", \"digest\" : \"bdd732262feb6e95\" }")))
        .isEqualTo(Outcome.OK);
  }

  @Test
  void shouldNotTakeTheExpectedDigestUnderAnotherFieldForAnAnswer() {
    assertThat(
            ResponseCheck.judge(
                request, 200, body("{\"other\":\"bdd732262feb6e95\",\"digest\":\"1\"}")))
        .isEqualTo(Outcome.WRONG_ANSWER);
  }

  @Test
  void shouldCallOkWithAnotherDigestAWrongAnswer() {
    assertThat(ResponseCheck.judge(request, 200, body("{\"digest\":\"0\"}")))
        .isEqualTo(Outcome.WRONG_ANSWER);
  }

  @Test
  void shouldCallOkWithoutJsonBodyAWrongAnswer() {
    assertThat(ResponseCheck.judge(request, 200, body("not json"))).isEqualTo(Outcome.WRONG_ANSWER);
    assertThat(ResponseCheck.judge(request, 200, body(null))).isEqualTo(Outcome.WRONG_ANSWER);
  }

  @Test
  void shouldClassifyErrorStatusWithItsErrorCode() {
    Outcome o =
        ResponseCheck.judge(request, 502, body("{\"error\":\"worker_crashed\",\"message\":\"x\"}"));

    assertThat(o).isEqualTo(Outcome.failed("http_502_worker_crashed"));
    assertThat(o.correct()).isFalse();
    assertThat(o.wrongAnswer()).isFalse();
  }

  @Test
  void shouldClassifyErrorStatusWithoutJsonByStatusAlone() {
    assertThat(ResponseCheck.judge(request, 500, body("<html>oops</html>")))
        .isEqualTo(Outcome.failed("http_500"));
  }

  @Test
  void shouldKeepOddErrorCodesToSafeCharacters() {
    assertThat(ResponseCheck.judge(request, 503, body("{\"error\":\"pool exhausted,now\"}")))
        .isEqualTo(Outcome.failed("http_503_pool_exhausted_now"));
    assertThat(ResponseCheck.judge(request, 503, body("{\"error\":42}")))
        .isEqualTo(Outcome.failed("http_503"));
  }

  @Test
  void shouldClassifyConnectFailureAsRefused() {
    assertThat(ResponseCheck.judge(new ConnectException("Connection refused")))
        .isEqualTo(Outcome.failed("connect_refused"));
  }

  @Test
  void shouldClassifyTimeouts() {
    assertThat(ResponseCheck.judge(new TimeoutException("late")))
        .isEqualTo(Outcome.failed("timeout"));
    assertThat(ResponseCheck.judge(new NoStackTraceTimeoutException()))
        .isEqualTo(Outcome.failed("timeout"));
  }

  @Test
  void shouldTellResetConnectionsFromClosedOnes() {
    assertThat(
            ResponseCheck.judge(
                new IOException("recvAddress(..) failed: Connection reset by peer")))
        .isEqualTo(Outcome.failed("connection_reset"));
    assertThat(ResponseCheck.judge(new IllegalStateException("Connection was closed")))
        .isEqualTo(Outcome.failed("connection_closed"));
    assertThat(ResponseCheck.judge(new HttpClosedException("Connection was closed")))
        .isEqualTo(Outcome.failed("connection_closed"));
  }

  @Test
  void shouldCallAFailureAfterTheStatusLineATruncatedAnswerUnlessItTimedOut() {
    assertThat(ResponseCheck.truncated(new HttpClosedException("Connection was closed")))
        .isEqualTo(Outcome.failed("truncated"));
    assertThat(ResponseCheck.truncated(new IOException("Connection reset by peer")))
        .isEqualTo(Outcome.failed("truncated"));
    assertThat(
            ResponseCheck.truncated(
                new TimeoutException("The timeout period of 5000ms has been exceeded")))
        .isEqualTo(Outcome.failed("timeout"));
  }

  @Test
  void shouldClassifyRefusalByMessageToo() {
    assertThat(
            ResponseCheck.judge(
                new IOException("connect(..) failed: Connection refused: /127.0.0.1:1")))
        .isEqualTo(Outcome.failed("connect_refused"));
  }

  @Test
  void shouldPutEveryFineErrorCodeInOneClassOfTheTaxonomy() {
    assertThat(Outcome.failed("http_502_worker_crashed").errorClass())
        .isEqualTo(ErrorClass.HTTP_5XX);
    assertThat(Outcome.failed("http_504_deadline").errorClass()).isEqualTo(ErrorClass.HTTP_5XX);
    assertThat(Outcome.failed("http_403_chaos_forbidden").errorClass())
        .isEqualTo(ErrorClass.HTTP_4XX);
    assertThat(Outcome.failed("connect_refused").errorClass())
        .isEqualTo(ErrorClass.CONNECT_REFUSED);
    assertThat(Outcome.failed("truncated").errorClass()).isEqualTo(ErrorClass.TRUNCATED);
    assertThat(Outcome.failed("not_sent").errorClass()).isEqualTo(ErrorClass.NOT_SENT);
    assertThat(Outcome.failed("IllegalArgumentException").errorClass()).isEqualTo(ErrorClass.OTHER);
    assertThat(Outcome.OK.errorClass()).isNull();
  }

  @Test
  void shouldClassifyAnythingElseByExceptionName() {
    assertThat(ResponseCheck.judge(new IllegalArgumentException("boom")))
        .isEqualTo(Outcome.failed("IllegalArgumentException"));
    assertThat(ResponseCheck.judge(new NullPointerException()))
        .isEqualTo(Outcome.failed("NullPointerException"));
  }

  /** Vert.x's client names its timeout exceptions like this; only the simple name is checked. */
  private static final class NoStackTraceTimeoutException extends RuntimeException {}
}
