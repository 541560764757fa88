package dev.bulwark.server;

import static dev.bulwark.server.SampleReports.DEBUG;
import static dev.bulwark.server.SampleReports.HARDCODED;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.bulwark.core.ApiIdentity;
import dev.bulwark.store.ScanStore;
import dev.bulwark.store.StoreLocation;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rescans store their result and post a signed webhook when the score drops or a critical appears.
 */
class RescanSchedulerTest {
  private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
  private static final String SECRET = "test-webhook-secret-0123456789";

  @TempDir Path dir;

  record Received(String signature, byte[] body) {}

  @Test
  void alertsOnADropOrANewCriticalAndStaysQuietOtherwise() throws Exception {
    List<Received> received = new CopyOnWriteArrayList<>();
    HttpServer hook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    hook.createContext(
        "/hook",
        ex -> {
          received.add(
              new Received(
                  ex.getRequestHeaders().getFirst(WebhookNotifier.SIGNATURE_HEADER),
                  ex.getRequestBody().readAllBytes()));
          ex.sendResponseHeaders(204, -1);
          ex.close();
        });
    hook.start();
    Deque<String> reports =
        new ArrayDeque<>(
            List.of(
                SampleReports.report("r1", null, null, T0, 80, List.of(DEBUG)),
                SampleReports.report("r2", null, null, T0.plusSeconds(60), 85, List.of(DEBUG)),
                SampleReports.report(
                    "r3", null, null, T0.plusSeconds(120), 85, List.of(DEBUG, HARDCODED)),
                SampleReports.report(
                    "r4", null, null, T0.plusSeconds(180), 70, List.of(DEBUG, HARDCODED))));
    RescanJob job =
        new RescanJob(
            "nightly",
            CronSchedule.parse("@daily"),
            new ApiIdentity("live-api", "prod"),
            "https://api.example.test",
            Optional.of(
                new RescanJob.Webhook(
                    URI.create("http://127.0.0.1:" + hook.getAddress().getPort() + "/hook"),
                    SECRET)));
    try (ScanStore store = ScanStore.open(StoreLocation.sqliteUrl(dir.resolve("r.db")));
        RescanScheduler scheduler =
            new RescanScheduler(
                store,
                j -> reports.removeFirst(),
                new WebhookNotifier(),
                Clock.fixed(T0, ZoneOffset.UTC))) {
      assertThat(scheduler.runNow(job)).isEmpty(); // the first scan has nothing to compare with
      assertThat(scheduler.runNow(job)).isEmpty(); // the score rose
      assertThat(scheduler.runNow(job))
          .hasValueSatisfying(a -> assertThat(a.newCritical()).hasSize(1));
      assertThat(scheduler.runNow(job))
          .hasValueSatisfying(a -> assertThat(a.scoreDropped()).isTrue());
      assertThat(store.history("live-api").orElseThrow().scans()).hasSize(4);
      assertThat(scheduler.lastErrors()).isEmpty();
    } finally {
      hook.stop(0);
    }
    assertThat(received).hasSize(2);
    for (Received r : received) {
      assertThat(r.signature()).isEqualTo("sha256=" + WebhookNotifier.sign(SECRET, r.body()));
    }
    String first = new String(received.get(0).body(), StandardCharsets.UTF_8);
    assertThat(first)
        .contains("\"event\":\"new_critical\"")
        .contains("hardcoded-stripe-key")
        .contains("\"api\":\"live-api\"");
    assertThat(new String(received.get(1).body(), StandardCharsets.UTF_8))
        .contains("\"event\":\"score_dropped\"")
        .contains("\"score\":70");
  }

  @Test
  void aFailingScanIsKeptAsTheJobsLastErrorAndStoresNothing() {
    RescanJob job =
        new RescanJob(
            "broken",
            CronSchedule.parse("@hourly"),
            new ApiIdentity("down-api", "1"),
            "x",
            Optional.empty());
    try (ScanStore store = ScanStore.open(StoreLocation.sqliteUrl(dir.resolve("f.db")));
        RescanScheduler scheduler =
            new RescanScheduler(
                store,
                j -> {
                  throw new java.io.IOException("connection refused");
                },
                new WebhookNotifier(),
                Clock.systemUTC())) {
      assertThat(scheduler.runNow(job)).isEmpty();
      assertThat(scheduler.lastErrors()).containsEntry("broken", "connection refused");
      assertThat(store.history("down-api")).isEmpty();
    }
  }
}
