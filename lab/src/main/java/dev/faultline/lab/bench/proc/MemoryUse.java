package dev.faultline.lab.bench.proc;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One process's memory from {@code /proc/<pid>/smaps_rollup}, in KiB. Private pages are what this
 * process alone holds (what one more of it costs); PSS splits each shared page among its sharers.
 */
public record MemoryUse(
    long rssKib,
    long pssKib,
    long privateCleanKib,
    long privateDirtyKib,
    long sharedCleanKib,
    long sharedDirtyKib) {

  public static MemoryUse of(long pid) throws IOException {
    return parse(Files.readAllLines(Path.of("/proc", String.valueOf(pid), "smaps_rollup")));
  }

  static MemoryUse parse(List<String> lines) {
    return new MemoryUse(
        field(lines, "Rss:"),
        field(lines, "Pss:"),
        field(lines, "Private_Clean:"),
        field(lines, "Private_Dirty:"),
        field(lines, "Shared_Clean:"),
        field(lines, "Shared_Dirty:"));
  }

  public long privateKib() {
    return privateCleanKib + privateDirtyKib;
  }

  public MemoryUse plus(MemoryUse o) {
    return new MemoryUse(
        rssKib + o.rssKib,
        pssKib + o.pssKib,
        privateCleanKib + o.privateCleanKib,
        privateDirtyKib + o.privateDirtyKib,
        sharedCleanKib + o.sharedCleanKib,
        sharedDirtyKib + o.sharedDirtyKib);
  }

  public JsonObject toJson() {
    return new JsonObject()
        .put("rssKib", rssKib)
        .put("pssKib", pssKib)
        .put("privateKib", privateKib())
        .put("privateDirtyKib", privateDirtyKib)
        .put("sharedKib", sharedCleanKib + sharedDirtyKib);
  }

  /** {@code Pss: 1234 kB} -> 1234 */
  static long field(List<String> lines, String name) {
    return lines.stream()
        .filter(l -> l.startsWith(name))
        .mapToLong(l -> Long.parseLong(l.substring(name.length()).trim().split("\\s+")[0]))
        .sum();
  }
}
