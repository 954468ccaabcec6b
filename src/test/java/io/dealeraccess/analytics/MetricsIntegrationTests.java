package io.dealeraccess.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.StaffRestClient;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.request.RequestSubmissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Prometheus metrics of the requests, for staff only. */
class MetricsIntegrationTests extends IntegrationTestSupport {

  @Autowired
  private RequestSubmissions requests;

  /** The value of one Prometheus sample line, 0 when the series is not there yet. */
  private static double sample(String body, String series) {
    return body.lines().filter(line -> line.startsWith(series + " ")).findFirst()
        .map(line -> Double.parseDouble(line.substring(series.length() + 1).trim())).orElse(0.0);
  }

  @Test
  void analystsScrapeRequestMetricsWithHttpBasicAndEachSubmissionCounts() {
    StaffRestClient analyst = new StaffRestClient(baseUrl(), "analyst", "analyst");
    String series = "dealeraccess_requests_submitted_total{type=\"ADD_APPLICATION_ACCESS\"}";
    double before = sample(analyst.get("/actuator/prometheus").body(), series);
    AccountView account = account("FINANCE_MANAGER");

    requests.submitAddAccess(account.userId(), List.of("INTELLIRATER"));
    StaffRestClient.Response metrics = analyst.get("/actuator/prometheus");

    assertThat(metrics.status()).isEqualTo(200);
    assertThat(sample(metrics.body(), series)).as("submissions counted").isEqualTo(before + 1);
    assertThat(metrics.body()).contains("dealeraccess_reviews_open");
  }

  @Test
  void metricsAreNotForDealersOrTheAnonymousOrAgents() {
    assertThat(new StaffRestClient(baseUrl(), null, null).get("/actuator/prometheus").status()).isEqualTo(401);
    assertThat(new StaffRestClient(baseUrl(), "agent", "agent").get("/actuator/prometheus").status())
        .isEqualTo(403);
    assertThat(new StaffRestClient(baseUrl(), "jordan.active", "Showroom-Keys-2026").get("/actuator/prometheus")
        .status()).isEqualTo(401);
  }
}
