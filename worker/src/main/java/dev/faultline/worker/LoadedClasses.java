package dev.faultline.worker;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;

/**
 * How many classes this JVM has loaded so far, read from its own performance counters: HotSpot
 * keeps them in a file it maps ({@code /tmp/hsperfdata_<user>/<pid>}, on by default, {@code
 * -XX:+UsePerfData}), so a count is two 8-byte reads, and finding the two counters once is one read
 * of the file and a walk over its ~190 entries, with classes the JVM has loaded anyway (a {@code
 * RandomAccessFile}, as its jar reader uses). The JDK's own ways in (the {@code
 * ClassLoadingMXBean}, {@code jdk.internal.perf}) cost 25-100 ms on their first use here, more than
 * the phases they would count. Format: HotSpot's {@code perfMemory.hpp} (a 32-byte prologue, then
 * entries of length, name offset, vector length, 4 type bytes, data offset, name).
 */
final class LoadedClasses implements AutoCloseable {
  private static final byte[] LOADED = name("java.cls.loadedClasses");
  private static final byte[] SHARED = name("java.cls.sharedLoadedClasses");
  private static final int PROLOGUE_BYTES = 32;

  private final RandomAccessFile file;
  private final boolean littleEndian;
  private final long loadedAt;
  private final long sharedAt;

  private LoadedClasses(RandomAccessFile file, boolean littleEndian, long loadedAt, long sharedAt) {
    this.file = file;
    this.littleEndian = littleEndian;
    this.loadedAt = loadedAt;
    this.sharedAt = sharedAt;
  }

  /** The counters of the JVM {@code pid} (this one), or null where it keeps none. */
  static LoadedClasses open(long pid) {
    // String.concat, not +: the first indy string concatenation would cost a start ~10 ms
    String path = "/tmp/hsperfdata_".concat(System.getProperty("user.name", "")).concat("/");
    try {
      RandomAccessFile file = new RandomAccessFile(path.concat(Long.toString(pid)), "r");
      LoadedClasses c = find(file);
      if (c == null) {
        file.close();
      }
      return c;
    } catch (IOException | RuntimeException e) {
      return null; // -XX:-UsePerfData, or not HotSpot: the start is not counted
    }
  }

  private static LoadedClasses find(RandomAccessFile file) throws IOException {
    byte[] b = new byte[(int) Math.min(file.length(), 1 << 20)];
    file.readFully(b);
    boolean little = b[4] == 1;
    int entry = int32(b, 24, little);
    int entries = int32(b, 28, little);
    long loaded = -1;
    long shared = -1;
    for (int i = 0; i < entries && entry >= PROLOGUE_BYTES && entry < b.length - 20; i++) {
      int name = entry + int32(b, entry + 4, little);
      int data = entry + int32(b, entry + 16, little);
      loaded = startsAt(b, name, LOADED) ? data : loaded;
      shared = startsAt(b, name, SHARED) ? data : shared;
      entry += int32(b, entry, little);
    }
    return loaded < 0 || shared < 0 ? null : new LoadedClasses(file, little, loaded, shared);
  }

  /** Classes loaded so far (shared ones, from the archive, included); -1 if the read fails. */
  int count() {
    try {
      return (int) (read(loadedAt) + read(sharedAt));
    } catch (IOException e) {
      return -1;
    }
  }

  @Override
  public void close() {
    try {
      file.close();
    } catch (IOException ignored) {
      // a read-only file: nothing was written that closing could lose
    }
  }

  private long read(long offset) throws IOException {
    file.seek(offset);
    long v = file.readLong(); // big-endian, as RandomAccessFile reads
    return littleEndian ? Long.reverseBytes(v) : v;
  }

  private static int int32(byte[] b, int at, boolean little) {
    int v = (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8;
    v |= b[at + 3] & 0xff;
    return little ? Integer.reverseBytes(v) : v;
  }

  private static boolean startsAt(byte[] b, int at, byte[] name) {
    if (at < 0 || at + name.length > b.length) {
      return false;
    }
    for (int i = 0; i < name.length; i++) {
      if (b[at + i] != name[i]) {
        return false;
      }
    }
    return true;
  }

  /** The counter's name as the file holds it, with its terminating NUL. */
  private static byte[] name(String counter) {
    return counter.concat("\0").getBytes(StandardCharsets.US_ASCII);
  }
}
