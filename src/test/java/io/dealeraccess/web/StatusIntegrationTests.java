package io.dealeraccess.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.request.Applicant;
import io.dealeraccess.request.RemoveAccessSubmission;
import io.dealeraccess.request.RequestQueries;
import io.dealeraccess.request.RequestSubmissions;
import io.dealeraccess.request.RequestView;
import io.dealeraccess.request.RequestView;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Dealers follow their requests: by reference and email, or under My requests. */
class StatusIntegrationTests extends IntegrationTestSupport {

  @Autowired
  private RequestSubmissions requests;
  @Autowired
  private RequestQueries requestQueries;

  private AccountView account;

  private RequestView removal() {
    account = account("FINANCE_MANAGER", "SMARTCASH");
    RequestView request = requests.submitRemoveAccess(new RemoveAccessSubmission("10001", account.userId(),
        new Applicant("Robin", "Owner", account.email(), "555-222-3333", null), List.of("SMARTCASH")));
    executeJobs(instanceOf(request.reference()).getId());
    return request;
  }

  private Document lookUp(String reference, String email) {
    DealerBrowser anyone = new DealerBrowser(baseUrl());
    return anyone.submit(anyone.open("/status"), "main form", Map.of("reference", reference, "email", email));
  }

  @Test
  void theStatusPageShowsStatusDueTimeAndTimeline() {
    RequestView request = removal();

    Document status = lookUp(request.reference().toLowerCase(), account.email().toUpperCase());

    assertThat(status.getElementById("status").text()).isEqualTo("In review by the help desk");
    // the decision's due time as the dealer reads it: the request's own due date, in the help desk's zone
    assertThat(status.getElementById("due").text()).isEqualTo(java.time.format.DateTimeFormatter.ofPattern(
        "EEEE, MMMM d, yyyy h:mm a z", java.util.Locale.US).format(requestQueries.get(request.id()).slaDueAt()
        .atZone(properties.sla().zone())));
    assertThat(status.getElementById("timeline").text()).contains("Submitted").contains("In review by the help desk")
        .doesNotContain("Automated checks").doesNotContain("Email sent");
  }

  /** Like every other form: the browser's own checks off, each missing field named next to it and in the summary. */
  @Test
  void anEmptyFieldIsNamedNextToItAndInTheSummary() {
    DealerBrowser anyone = new DealerBrowser(baseUrl());
    Document form = anyone.open("/status");
    assertThat(form.selectFirst("main form").hasAttr("novalidate")).isTrue();

    Document page = anyone.submit(form, "main form", Map.of("reference", "R-AAAA-AAAA", "email", " "));

    assertThat(page.select("#form-errors li a").eachAttr("href")).containsExactly("#email");
    assertThat(page.getElementById("email-error").text()).isEqualTo("Enter your email address.");
    assertThat(page.getElementById("email").attr("aria-invalid")).isEqualTo("true");
    assertThat(page.getElementById("reference").val()).as("what was typed is kept").isEqualTo("R-AAAA-AAAA");
    assertThat(page.getElementById("not-found")).as("nothing was looked up").isNull();
    Document neither = anyone.submit(anyone.open("/status"), "main form", Map.of("reference", "", "email", ""));
    assertThat(neither.select("#form-errors li").eachText())
        .containsExactly("Enter your reference number.", "Enter your email address.");
  }

  @Test
  void theOwnerOfAnIdFollowsItsDeactivationWithTheirOwnEmail() {
    AccountView owner = account("FINANCE_MANAGER", "SMARTCASH");
    RequestView request = requests.submitDeactivation(new io.dealeraccess.request.DeactivationSubmission("10001",
        owner.userId(), io.dealeraccess.request.SubmittedBy.DEALERSHIP, new Applicant("Olive", "Manager",
        "office.manager@dealer.example", "555-444-5555", "OFFICE_MANAGER"),
        io.dealeraccess.request.DeactivationReason.LEFT_DEALERSHIP), false);
    executeJobs(instanceOf(request.reference()).getId());

    Document byOwner = lookUp(request.reference(), owner.email());
    Document byRequester = lookUp(request.reference(), "office.manager@dealer.example");

    assertThat(byOwner.getElementById("status")).as("the owner's own email (issue 21)").isNotNull();
    assertThat(byOwner.getElementById("status").text()).isEqualTo("In review by the help desk");
    assertThat(byRequester.getElementById("status")).isNotNull();
    assertThat(lookUp(request.reference(), "someone.else@dealer.example").getElementById("status")).isNull();
  }

  @Test
  void aWrongPairGetsTheSameAnswerAsAnUnknownReference() {
    RequestView request = removal();

    Document wrongEmail = lookUp(request.reference(), "someone@else.example");
    Document unknown = lookUp("R-NONE-NONE", account.email());

    assertThat(wrongEmail.getElementById("request-status")).isNull();
    assertThat(wrongEmail.getElementById("not-found").text()).isEqualTo(unknown.getElementById("not-found").text());
  }

  @Test
  void aDeniedRequestShowsItsReason() {
    RequestView request = removal();
    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(request.reference())
        .singleResult().getId(), withVariables("approved", false, "denialCode", "NOT_EMPLOYED"));

    Document status = lookUp(request.reference(), account.email());

    assertThat(status.getElementById("status").text()).isEqualTo("Denied");
    assertThat(status.getElementById("denial-reason").text()).isEqualTo("Not employed at the dealership");
    assertThat(status.getElementById("timeline").text()).contains("Denied");
  }

  @Test
  void myRequestsListsOnlyTheDealersOwn() {
    RequestView request = removal();
    DealerBrowser owner = new DealerBrowser(baseUrl());
    owner.submit(owner.open("/login"), "main form", Map.of("userId", account.userId(), "password", PASSWORD));

    Document mine = owner.open("/account/requests");
    assertThat(mine.getElementById("my-requests").text()).contains(request.reference());
    Document detail = owner.open(mine.selectFirst("#my-requests a").absUrl("href"));
    assertThat(detail.getElementById("status").text()).isEqualTo("In review by the help desk");

    DealerBrowser other = new DealerBrowser(baseUrl());
    other.submit(other.open("/login"), "main form",
        Map.of("userId", "jordan.active", "password", "Showroom-Keys-2026"));
    other.open("/account/requests/" + request.reference());
    assertThat(other.status()).isEqualTo(404);
  }
}
