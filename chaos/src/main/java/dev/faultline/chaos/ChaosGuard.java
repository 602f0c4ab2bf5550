package dev.faultline.chaos;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Decides whether a request may carry a fault. Chaos is off unless the server was started with a
 * token, and then a fault request must present the same token. Compared in constant time.
 */
public final class ChaosGuard {
  /** The request header that carries the token. */
  public static final String TOKEN_HEADER = "X-Chaos-Token";

  /**
   * The environment variable a server reads its token from (never a flag: it would show in {@code
   * ps}); servers remove it from the environment of the JVMs they start.
   */
  public static final String TOKEN_ENV = "FAULTLINE_CHAOS_TOKEN";

  /** The outcome of a check, with the reason a refusal should give. */
  public enum Verdict {
    ALLOWED(""),
    CHAOS_DISABLED(
        "chaos is disabled on this server: start it with " + TOKEN_ENV + " or --chaos-token-file"),
    BAD_TOKEN("fault requests need header " + TOKEN_HEADER + " with the server's chaos token");

    private final String reason;

    Verdict(String reason) {
      this.reason = reason;
    }

    public String reason() {
      return reason;
    }
  }

  private final byte[] token;

  /**
   * @param token null disables chaos
   */
  public ChaosGuard(String token) {
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  public Verdict check(String presented) {
    if (token == null) {
      return Verdict.CHAOS_DISABLED;
    }
    byte[] given = presented == null ? new byte[0] : presented.getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(token, given) ? Verdict.ALLOWED : Verdict.BAD_TOKEN;
  }
}
