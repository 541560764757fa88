package dev.bulwark.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.CollectingScanContext;
import dev.bulwark.core.ScanError;
import dev.bulwark.live.support.HostileServer;
import dev.bulwark.live.support.Scans;
import dev.bulwark.live.support.Specs;
import dev.bulwark.spec.model.ApiModel;
import dev.bulwark.spec.model.Operation;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HostileServersTest {

  @Test
  void aHostileServerCannotHangOrFloodTheScanAndEachProblemIsAnError() throws Exception {
    try (HostileServer server = new HostileServer()) {
      ApiModel model =
          Specs.model(
              Arrays.stream(HostileServer.PATHS)
                  .map(p -> Specs.op("GET", p, false))
                  .toArray(Operation[]::new));
      LiveOptions options =
          Scans.fast()
              .withMaxResponseBytes(64 * 1024)
              .withTimeout(Duration.ofMillis(700))
              .withMaxDuration(Duration.ofSeconds(25));
      LiveRunner runner = LiveLens.runner(server.base(), Optional.of(model), options);
      CollectingScanContext context = Scans.context();

      runner.run(context);

      LiveSummary summary = runner.summary().orElseThrow();
      assertThat(summary.elapsed()).isLessThan(options.maxDuration());
      assertThat(context.stats().snapshot().requests()).isLessThanOrEqualTo(summary.budget());
      List<String> errors =
          context.errors().stream().map(e -> e.source() + ": " + e.message()).toList();
      assertThat(errors)
          .anySatisfy(e -> assertThat(e).startsWith("GET /slow").contains("timed out"))
          .anySatisfy(e -> assertThat(e).startsWith("GET /endless").contains("cut at the cap"))
          .anySatisfy(e -> assertThat(e).startsWith("GET /bomb").contains("cut at the cap"))
          .anySatisfy(e -> assertThat(e).startsWith("GET /loop").contains("redirect loop"))
          .anySatisfy(e -> assertThat(e).startsWith("GET /away").contains("off scope"))
          .anySatisfy(e -> assertThat(e).startsWith("GET /malformed"))
          .anySatisfy(e -> assertThat(e).startsWith("GET /hangup"))
          .anySatisfy(e -> assertThat(e).contains("invalid JSON"));
      assertThat(context.errors().stream().map(ScanError::source))
          .noneMatch(s -> s.startsWith("GET /old"));
    }
  }
}
