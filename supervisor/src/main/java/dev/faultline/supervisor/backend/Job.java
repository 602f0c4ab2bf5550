package dev.faultline.supervisor.backend;

/**
 * One {@code GET /work} request on its way to a serving unit.
 *
 * @param id the server's request number, used in every log line about it
 * @param fault a fault spec from the catalogue ({@code exit}, {@code leak:mb=32}), or "" for a
 *     plain request
 * @param origin method and URI as received, for crash reports
 */
public record Job(long id, long input, int cost, String fault, String origin) {
  public boolean hasFault() {
    return !fault.isEmpty();
  }

  /** Safe to run twice (GET, HEAD): only such a job is retried after its worker died. */
  public boolean idempotent() {
    return origin.startsWith("GET ") || origin.startsWith("HEAD ");
  }

  /** {@code req 8812 GET /work?input=1&cost=2&fault=segfault} */
  public String describe() {
    return "req " + id + " " + origin;
  }
}
