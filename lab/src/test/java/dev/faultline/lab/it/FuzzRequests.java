package dev.faultline.lab.it;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Random and malformed requests for the fuzz test, from a seed: garbage bytes, broken request
 * lines, broken chunking, oversized request lines, headers and bodies, bad parameters, wrong
 * methods and wrong chaos tokens. Every one ends its head with a blank line, so the server can
 * always tell that the client has said all it will say (a silent client is the idle timeout's case,
 * not this test's).
 */
final class FuzzRequests {
  /** One kind of bad request: its name and how to make one. */
  record Kind(String name, Function<SplittableRandom, byte[]> make) {}

  static final List<Kind> KINDS =
      List.of(
          new Kind("garbage", FuzzRequests::garbage),
          new Kind("broken-line", FuzzRequests::brokenLine),
          new Kind("broken-chunks", FuzzRequests::brokenChunks),
          new Kind("long-line", r -> ascii(get("/work?input=1&cost=1&pad=" + "a".repeat(5000)))),
          new Kind(
              "long-headers", r -> ascii(head("GET", "/health", "X-Pad: " + "b".repeat(9000)))),
          new Kind("big-body", FuzzRequests::bigBody),
          new Kind("bad-params", FuzzRequests::badParams),
          new Kind("wrong-method", FuzzRequests::wrongMethod),
          new Kind("wrong-token", FuzzRequests::wrongToken));

  private static final String[] BAD_QUERIES = {
    "/work", "/work?input=abc&cost=1", "/work?input=1&cost=-1", "/work?input=1&cost=999999",
    "/work?input=1", "/work?cost=1", "/work?input=1&cost=1&fault=nope", "/work?input=%ZZ&cost=1",
    "/work?input=99999999999999999999999&cost=1", "/nowhere", "/work?input=1&cost=1&fault=:",
  };
  private static final String[] METHODS = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "FOO"};

  private FuzzRequests() {}

  /** A valid request whose answer has a known digest. */
  static byte[] valid(long input, int cost) {
    return ascii(get("/work?input=" + input + "&cost=" + cost));
  }

  /**
   * Random bytes after a printable first byte: a request of only blank lines is one HTTP lets a
   * server wait after (RFC 9112 2.2), which is the idle timeout's case.
   */
  private static byte[] garbage(SplittableRandom r) {
    byte[] body = bytes(r, 1 + r.nextInt(2000));
    body[0] = (byte) ('!' + r.nextInt(94));
    return concat(body, "\r\n\r\n");
  }

  private static byte[] brokenLine(SplittableRandom r) {
    String[] lines = {
      "GET\r\n\r\n",
      "GET /work\r\n\r\n",
      "GET /work HTTP/9.9\r\n\r\n",
      " / HTTP/1.1\r\n\r\n",
      "GET  /work?input=1&cost=1  HTTP/1.1\r\n\r\n",
      "\r\nGET /work HTTP/1.1\r\n\r\n",
      "GET /wörk HTTP/1.1\r\n\r\n",
      "GET /work HTTP/1.1\r\nno-colon-here\r\n\r\n",
      "GET /work HTTP/1.1\r\n: empty\r\n\r\n",
    };
    return ascii(lines[r.nextInt(lines.length)]);
  }

  private static byte[] brokenChunks(SplittableRandom r) {
    String[] bodies = {
      "ZZ\r\nxx\r\n0\r\n\r\n", "5\r\nab\r\n0\r\n\r\n", "-1\r\n\r\n", "ffffffff\r\n"
    };
    return ascii(
        head("GET", "/work?input=1&cost=1", "Transfer-Encoding: chunked")
            + bodies[r.nextInt(bodies.length)]);
  }

  private static byte[] bigBody(SplittableRandom r) {
    int size = 70_000 + r.nextInt(10_000);
    return concat(
        ascii(head("GET", "/work?input=1&cost=1", "Content-Length: " + size)), bytes(r, size));
  }

  private static byte[] badParams(SplittableRandom r) {
    return ascii(get(BAD_QUERIES[r.nextInt(BAD_QUERIES.length)]));
  }

  private static byte[] wrongMethod(SplittableRandom r) {
    return ascii(head(METHODS[r.nextInt(METHODS.length)], "/work?input=1&cost=1"));
  }

  private static byte[] wrongToken(SplittableRandom r) {
    return ascii(
        head("GET", "/work?input=1&cost=1&fault=exit", "X-Chaos-Token: wrong-" + r.nextInt()));
  }

  private static String get(String target) {
    return head("GET", target);
  }

  private static String head(String method, String target, String... headers) {
    StringBuilder b = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    for (String h : headers) {
      b.append(h).append("\r\n");
    }
    return b.append("Connection: close\r\n\r\n").toString();
  }

  private static byte[] bytes(SplittableRandom r, int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) r.nextInt(256);
    }
    return b;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, String b) {
    return concat(a, ascii(b));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
