package dev.bulwark.server;

import static dev.bulwark.server.SampleReports.DEBUG;
import static dev.bulwark.server.SampleReports.HARDCODED;
import static dev.bulwark.server.SampleReports.KEY_IN_QUERY;
import static dev.bulwark.server.SampleReports.NO_RATE_LIMIT;
import static dev.bulwark.server.SampleReports.TIMING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard in a real headless Chromium (Debian's, driven by Playwright): sign in, open an API,
 * see its chart, open a diff. Screenshots of every page are kept under target/screenshots/ as build
 * artifacts.
 */
class DashboardBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SHOTS = Path.of("target", "screenshots");
  private static final Instant T0 = Instant.parse("2026-10-05T08:30:00Z");

  @TempDir Path dir;

  @Test
  void signInOpenAnApiSeeItsChartAndOpenADiff() throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMIUM),
        "browser test skipped: /usr/bin/chromium is missing (apt-get install chromium; CI installs it)");
    Files.createDirectories(SHOTS);
    try (TestDashboard dash = new TestDashboard(dir)) {
      seed(dash);
      try (Playwright pw =
              Playwright.create(
                  new Playwright.CreateOptions()
                      .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
          Browser browser =
              pw.chromium()
                  .launch(
                      new BrowserType.LaunchOptions()
                          .setExecutablePath(CHROMIUM)
                          .setHeadless(true)
                          .setArgs(
                              List.of(
                                  "--headless",
                                  "--no-sandbox",
                                  "--disable-gpu",
                                  "--disable-background-networking",
                                  "--disable-component-update",
                                  "--disable-sync",
                                  "--no-first-run")))) {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 860));
        page.setDefaultTimeout(Duration.ofSeconds(20).toMillis());

        // given a visitor who is not signed in, when they open the dashboard, then they must sign
        // in
        page.navigate(dash.base() + "/");
        assertThat(page.url()).endsWith("/login");
        shot(page, "login");
        page.fill("#username", dash.admin.username());
        page.fill("#password", dash.admin.password());
        page.click("button[type=submit]");
        page.waitForSelector("#apis");
        assertThat(page.locator("#apis tbody tr").count()).isEqualTo(3);
        shot(page, "overview");

        // when they open an API, then its score chart shows one point per scan
        page.click("text=payments-api");
        page.waitForSelector("#score-chart");
        assertThat(page.isVisible("#score-chart polyline")).isTrue();
        assertThat(page.locator("#score-chart circle").count()).isEqualTo(6);
        assertThat(page.locator("#score-chart polyline").count()).isEqualTo(1);
        shot(page, "api");

        // when they open the diff with the previous scan, then new and fixed findings are listed
        page.locator("a.diff-link").first().click();
        page.waitForSelector("#new-findings");
        assertThat(page.locator("#new-findings h2").textContent()).isEqualTo("New findings (1)");
        assertThat(page.locator("#fixed-findings h2").textContent())
            .isEqualTo("Fixed findings (1)");
        shot(page, "diff");

        // when they pick two scans to compare, then the diff spans them
        page.goBack();
        page.selectOption("select[name=from]", String.valueOf(firstPaymentsScan(dash)));
        page.click("form.compare button");
        page.waitForSelector("#fixed-findings");
        assertThat(page.locator("#fixed-findings h2").textContent())
            .isEqualTo("Fixed findings (3)");

        // and the other pages render too
        page.navigate(dash.base() + "/scans/" + latestPaymentsScan(dash));
        page.waitForSelector("#findings");
        shot(page, "scan");
        page.click("text=Compliance report");
        page.waitForSelector("#pci-dss-4\\.0");
        shot(page, "compliance");
        page.navigate(dash.base() + "/rules/sample-test-rule");
        shot(page, "rule");
        page.navigate(dash.base() + "/settings/tokens");
        shot(page, "tokens");
      }
    }
    assertThat(SHOTS.resolve("api.png")).isNotEmptyFile();
    assertThat(SHOTS.resolve("diff.png")).isNotEmptyFile();
  }

  private static void shot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
  }

  private static long firstPaymentsScan(TestDashboard dash) {
    return dash.store.history("payments-api").orElseThrow().scans().get(0).id();
  }

  private static long latestPaymentsScan(TestDashboard dash) {
    var scans = dash.store.history("payments-api").orElseThrow().scans();
    return scans.get(scans.size() - 1).id();
  }

  private static void seed(TestDashboard dash) {
    int[] scores = {48, 55, 63, 61, 74, 86};
    List<List<SampleReports.Finding>> findings =
        List.of(
            List.of(HARDCODED, DEBUG, KEY_IN_QUERY, TIMING, NO_RATE_LIMIT),
            List.of(HARDCODED, DEBUG, KEY_IN_QUERY, NO_RATE_LIMIT),
            List.of(DEBUG, KEY_IN_QUERY, NO_RATE_LIMIT),
            List.of(DEBUG, KEY_IN_QUERY, TIMING, NO_RATE_LIMIT),
            List.of(KEY_IN_QUERY, NO_RATE_LIMIT),
            List.of(NO_RATE_LIMIT, TIMING));
    for (int i = 0; i < scores.length; i++) {
      dash.store.save(
          SampleReports.report(
              "pay-" + i,
              "payments-api",
              i < 3 ? "1.4.0" : "2.0.0",
              T0.plus(Duration.ofDays(4L * i)),
              scores[i],
              findings.get(i)),
          Optional.empty());
    }
    int[] accounts = {92, 90, 94};
    for (int i = 0; i < accounts.length; i++) {
      dash.store.save(
          SampleReports.report(
              "acc-" + i,
              "accounts-api",
              "3.1." + i,
              T0.plus(Duration.ofDays(5L * i)),
              accounts[i],
              i == 1 ? List.of(NO_RATE_LIMIT) : List.of()),
          Optional.empty());
    }
    dash.store.save(
        SampleReports.report(
            "leg-0",
            "legacy-gateway",
            "0.9",
            T0.plus(Duration.ofDays(12)),
            38,
            List.of(HARDCODED, DEBUG, KEY_IN_QUERY)),
        Optional.empty());
  }
}
