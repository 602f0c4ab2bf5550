package dev.faultline.lab.it;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One exchange of raw bytes with a server on its own connection, and a strict reading of what came
 * back: either a well-formed HTTP/1.1 answer (status line, headers, a body of exactly its {@code
 * content-length}) or the connection closed without a byte. Anything else (half an answer, garbage,
 * silence past the timeout) is reported as malformed.
 */
final class RawHttp {
  private static final Pattern STATUS_LINE = Pattern.compile("HTTP/\\d\\.\\d (\\d{3}) [^\\r\\n]*");

  /** What came back. {@code status} is 0 when the server closed without answering. */
  record Answer(int status, String body, String problem) {
    boolean wellFormedOrClosed() {
      return problem == null;
    }
  }

  private RawHttp() {}

  static Answer exchange(int port, byte[] request, int timeoutMs) {
    try (Socket s = new Socket()) {
      s.setReceiveBufferSize(1 << 16);
      s.connect(new InetSocketAddress("127.0.0.1", port), timeoutMs);
      s.setSoTimeout(timeoutMs);
      try {
        s.getOutputStream().write(request);
        s.getOutputStream().flush();
      } catch (IOException e) {
        // the server closed while we were still sending (a limit): what it said first still counts
      }
      return read(new BufferedInputStream(s.getInputStream()));
    } catch (SocketTimeoutException e) {
      return new Answer(0, "", "no answer and no close within " + timeoutMs + " ms");
    } catch (IOException e) {
      return new Answer(0, "", null); // reset: closed
    }
  }

  private static Answer read(InputStream in) throws IOException {
    String head = readHead(in);
    if (head == null) {
      return new Answer(0, "", null);
    }
    String[] lines = head.split("\r\n");
    Matcher m = STATUS_LINE.matcher(lines[0]);
    if (!m.matches()) {
      return new Answer(0, "", "bad status line: " + lines[0]);
    }
    int length = -1;
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon <= 0) {
        return new Answer(0, "", "bad header line: " + lines[i]);
      }
      if (lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
        length = Integer.parseInt(lines[i].substring(colon + 1).trim());
      }
    }
    int status = Integer.parseInt(m.group(1));
    if (length < 0) {
      return new Answer(status, "", status == 200 ? "200 without content-length" : null);
    }
    byte[] body = in.readNBytes(length);
    if (body.length != length) {
      return new Answer(status, "", "body cut at " + body.length + " of " + length + " bytes");
    }
    return new Answer(status, new String(body, StandardCharsets.UTF_8), null);
  }

  /** The status line and headers, or null when the connection closed before the first byte. */
  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < end.length) {
      int b;
      try {
        b = in.read();
      } catch (SocketTimeoutException e) {
        throw e;
      } catch (IOException e) {
        b = -1; // reset
      }
      if (b < 0) {
        return head.size() == 0 ? null : head.toString(StandardCharsets.ISO_8859_1) + "\r\n\r\n";
      }
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    String text = head.toString(StandardCharsets.ISO_8859_1);
    return text.substring(0, text.length() - 4);
  }
}
