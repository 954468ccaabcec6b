package io.dealeraccess.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.request.Applicant;
import io.dealeraccess.request.RemoveAccessSubmission;
import io.dealeraccess.request.RequestSubmissions;
import io.dealeraccess.request.RequestView;
import io.dealeraccess.request.RequestView;
import io.dealeraccess.web.DealerBrowser;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff see the whole timeline of a request in one place. */
class RequestTimelineIntegrationTests extends IntegrationTestSupport {

  @Autowired
  private RequestSubmissions requests;

  @Test
  void staffSeeEveryEventAndEmailOfARequest() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    RequestView request = requests.submitRemoveAccess(new RemoveAccessSubmission("10001", account.userId(),
        new Applicant("Robin", "Owner", account.email(), "555-222-3333", null), List.of("SMARTCASH")));
    executeJobs(instanceOf(request.reference()).getId());
    DealerBrowser supervisor = new DealerBrowser(baseUrl());
    supervisor.submit(supervisor.open("/staff/login"), "form",
        Map.of("username", "supervisor", "password", "supervisor"));

    Document timeline = supervisor.open("/staff/requests?reference=" + request.reference());

    assertThat(timeline.getElementById("events").text()).contains("Submitted").contains("Automated checks passed")
        .contains("In review by the help desk").contains("Email sent");
    assertThat(timeline.getElementById("emails").text()).contains(account.email())
        .contains("We received your user ID request");
    assertThat(supervisor.open("/staff/requests?reference=R-NONE-NONE").getElementById("not-found")).isNotNull();
  }
}
