package io.dealeraccess.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.StaffRestClient;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.request.RequestService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Prometheus metrics of the requests, for staff only. */
class MetricsIntegrationTests extends IntegrationTestSupport {

  @Autowired
  private RequestService requests;

  @Test
  void analystsScrapeRequestMetricsWithHttpBasic() {
    AccountView account = account("FINANCE_MANAGER");
    requests.submitAddAccess(account.userId(), List.of("INTELLIRATER"));

    StaffRestClient.Response metrics = new StaffRestClient(baseUrl(), "analyst", "analyst").get("/actuator/prometheus");

    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body()).contains("dealeraccess_requests_submitted_total{type=\"ADD_APPLICATION_ACCESS\"}")
        .contains("dealeraccess_reviews_open");
  }

  @Test
  void metricsAreNotForDealersOrTheAnonymousOrAgents() {
    assertThat(new StaffRestClient(baseUrl(), null, null).get("/actuator/prometheus").status()).isNotEqualTo(200);
    assertThat(new StaffRestClient(baseUrl(), "agent", "agent").get("/actuator/prometheus").status())
        .isEqualTo(403);
    assertThat(new StaffRestClient(baseUrl(), "jordan.active", "Showroom-Keys-2026").get("/actuator/prometheus")
        .status()).isEqualTo(401);
  }
}
