package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.server.RescanJob;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RescanJobsTest {
  @Test
  void givenAFullSpec_whenParsed_thenScheduleApiVersionTargetAndWebhookAreRead() {
    List<RescanJob> jobs =
        RescanJobs.parse(
            List.of("@daily;payments:2.0;http://127.0.0.1:5000"),
            Optional.of("http://127.0.0.1:9000/hook"),
            Optional.of("env:HOOK_SECRET"),
            Map.of("HOOK_SECRET", "0123456789abcdef-shared"));

    assertThat(jobs)
        .singleElement()
        .satisfies(
            job -> {
              assertThat(job.api().name()).isEqualTo("payments");
              assertThat(job.api().version()).isEqualTo("2.0");
              assertThat(job.target()).isEqualTo("http://127.0.0.1:5000");
              assertThat(job.webhook()).isPresent();
            });
  }

  @Test
  void givenASpecWithoutItsParts_whenParsed_thenABadInputErrorShowsTheFormat() {
    assertThatThrownBy(
            () -> RescanJobs.parse(List.of("@daily"), Optional.empty(), Optional.empty(), Map.of()))
        .isInstanceOf(UserError.class)
        .hasMessageContaining("SCHEDULE;API[:VERSION];TARGET");
  }

  @Test
  void givenAWebhookWithoutSecret_whenParsed_thenItIsRefused() {
    assertThatThrownBy(
            () ->
                RescanJobs.parse(
                    List.of("@daily;a;http://127.0.0.1:1"),
                    Optional.of("http://127.0.0.1:9/h"),
                    Optional.empty(),
                    Map.of()))
        .isInstanceOf(UserError.class)
        .hasMessageContaining("--webhook-secret");
  }
}
