package dev.faultline.lab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faultline.lab.bench.part.Parts;
import dev.faultline.lab.bench.verdict.ClaimResult;
import dev.faultline.lab.bench.verdict.Verdict;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchReportTest {
  @Test
  void shouldListAllSevenClaimsWhenOnlyOnePartRanAndItFailed() {
    PartOutcome failed = new PartOutcome(Parts.named("ipc"), null, "failed: boom", 12);
    BenchReport r = new BenchReport(List.of(failed), Instant.EPOCH, Instant.EPOCH.plusSeconds(1));
    List<ClaimResult> claims = r.claims();
    assertThat(claims).hasSize(7);
    assertThat(claims).allMatch(c -> c.judgement().verdict() == Verdict.NOT_MEASURED);
    assertThat(claims.get(1).judgement().sentence()).isEqualTo("part ipc failed: boom");
    assertThat(claims.get(0).judgement().sentence()).isEqualTo("its part was not run");
    JsonObject json = r.toJson();
    assertThat(json.getJsonArray("claims")).hasSize(7);
    assertThat(json.getJsonArray("parts").getJsonObject(0).getString("failure"))
        .isEqualTo("failed: boom");
    assertThat(r.markdown())
        .contains("| 2 | Processes need IPC")
        .contains("Not measured: failed: boom");
  }
}
