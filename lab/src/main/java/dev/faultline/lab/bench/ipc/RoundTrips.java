package dev.faultline.lab.bench.ipc;

import dev.faultline.lab.bench.proc.Affinity;
import java.io.IOException;
import java.time.Duration;
import org.HdrHistogram.Histogram;

/**
 * Measures one transport at one placement: connect (the echo starts), warm up, then time each round
 * trip of a 64-byte message into an HdrHistogram, bounded by a count and a time, whichever comes
 * first. Each message carries its sequence number, and an answer that does not echo it fails the
 * measurement: a transport that loses or mixes messages is not fast, it is broken.
 */
public final class RoundTrips {
  /** Bounds of one measurement: warm-up round trips, then at most this many or this long. */
  public record Bounds(int warmup, long maxRoundTrips, Duration maxTime) {}

  private static final long HIGHEST_NANOS = Duration.ofSeconds(10).toNanos();

  private RoundTrips() {}

  /** Never throws: a kind that cannot run here comes back with its reason. */
  public static RoundTripResult run(String kind, Placement where, EchoSide side, Bounds b) {
    Transport t = Transports.of(kind);
    Affinity.pinThisThread(where.clientCpu());
    try (Link link = t.connect(side)) {
      return measure(link, kind, where, t.how(), b);
    } catch (Exception e) {
      return RoundTripResult.failed(kind, where.name(), t.how(), e.toString());
    } finally {
      Affinity.unpinThisThread();
    }
  }

  private static RoundTripResult measure(
      Link link, String kind, Placement where, String how, Bounds b) throws IOException {
    byte[] m = new byte[Message.BYTES];
    long seq = 0;
    long warmUntil = System.nanoTime() + b.maxTime().toNanos() / 4;
    for (int i = 0; i < b.warmup() && System.nanoTime() < warmUntil; i++) {
      once(link, m, ++seq);
    }
    Histogram h = new Histogram(HIGHEST_NANOS, 3);
    long start = System.nanoTime();
    long end = start + b.maxTime().toNanos();
    long n = 0;
    for (long t0 = start; n < b.maxRoundTrips() && t0 < end; n++) {
      once(link, m, ++seq);
      long t1 = System.nanoTime();
      h.recordValue(Math.min(t1 - t0, HIGHEST_NANOS));
      t0 = t1;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new RoundTripResult(
        kind,
        where.name(),
        how,
        n,
        h.getValueAtPercentile(50) / 1000.0,
        h.getValueAtPercentile(99) / 1000.0,
        h.getMaxValue() / 1000.0,
        n / seconds,
        null);
  }

  private static void once(Link link, byte[] m, long seq) throws IOException {
    putLong(m, seq);
    link.roundTrip(m);
    if (getLong(m) != seq) {
      throw new IOException("answer " + getLong(m) + " does not echo message " + seq);
    }
  }

  private static void putLong(byte[] m, long v) {
    for (int i = 0; i < 8; i++) {
      m[i] = (byte) (v >>> (8 * i));
    }
  }

  private static long getLong(byte[] m) {
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v |= (m[i] & 0xFFL) << (8 * i);
    }
    return v;
  }
}
