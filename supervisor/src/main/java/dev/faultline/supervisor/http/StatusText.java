package dev.faultline.supervisor.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Locale;

/**
 * {@code GET /status?format=text}: the status JSON as a scoreboard a person reads in a terminal,
 * like Apache's mod_status: a header, one character per unit, then one line per unit.
 *
 * <pre>
 * faultline process mode, pid 4711, up 62.4 s, serving, rss 140.2 MiB, private 120.9 MiB
 * scoreboard W__S+   (S starting, _ idle, W busy, G draining, C stopping, X dead, + spare)
 * unit         pid  state     served  rss MiB  priv MiB  restarts  request                running
 * worker-1    4712  busy          40     81.2      30.1         1  8812 GET /work?...       12 ms
 *   last death: native_crash SIGSEGV in Unsafe_PutLong at 2025-...Z, lost 8800 GET /work?...
 * </pre>
 */
final class StatusText {
  private static final String ROW = "%-10s %7s  %-9s %6s  %7s  %8s  %8s  %-36s %s%n";

  private StatusText() {}

  static String render(JsonObject status) {
    JsonObject board = status.getJsonObject("scoreboard", new JsonObject());
    StringBuilder out = new StringBuilder(header(status));
    out.append(
        String.format(
            Locale.ROOT,
            "scoreboard %s   (%s)%n",
            board.getString("summary", ""),
            board.getString("legend", "")));
    out.append(
        String.format(
            Locale.ROOT,
            ROW,
            "unit",
            "pid",
            "state",
            "served",
            "rss MiB",
            "priv MiB",
            "restarts",
            "request",
            "running"));
    board.getJsonArray("units", new JsonArray()).forEach(u -> unit(out, (JsonObject) u));
    return out.toString();
  }

  private static String header(JsonObject s) {
    return String.format(
        Locale.ROOT,
        "faultline %s mode, pid %d, up %.1f s, %s, rss %s MiB, private %s MiB%n",
        s.getString("mode"),
        s.getLong("pid"),
        s.getLong("uptimeMs", 0L) / 1000.0,
        s.getString("phase"),
        mib(s.getLong("rssBytes")),
        mib(s.getLong("privateBytes")));
  }

  private static void unit(StringBuilder out, JsonObject u) {
    JsonObject current = u.getJsonObject("current");
    out.append(
        String.format(
            Locale.ROOT,
            ROW,
            u.getString("id"),
            u.getLong("pid"),
            u.getString("state"),
            u.getLong("served"),
            mib(u.getLong("rssBytes")),
            mib(u.getLong("privateBytes")),
            u.getInteger("restarts"),
            current == null ? "-" : clip(current.getLong("id") + " " + current.getString("path")),
            current == null ? "-" : current.getLong("runningMs") + " ms"));
    JsonObject death = u.getJsonObject("lastDeath");
    if (death != null) {
      out.append(
          String.format(
              Locale.ROOT,
              "  last death: %s at %s, lost %s%n",
              death.getString("cause"),
              death.getString("time"),
              death.getString("requestLost") == null ? "nothing" : death.getString("requestLost")));
    }
  }

  private static String mib(Long bytes) {
    return bytes == null ? "-" : String.format(Locale.ROOT, "%.1f", bytes / 1048576.0);
  }

  private static String clip(String s) {
    return s.length() <= 36 ? s : s.substring(0, 33) + "...";
  }
}
