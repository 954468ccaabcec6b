package io.dealeraccess.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.Locator;
import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.account.ChallengeAnswer;
import io.dealeraccess.account.SecurityQuestion;
import io.dealeraccess.request.Applicant;
import io.dealeraccess.request.DeactivationReason;
import io.dealeraccess.request.DeactivationSubmission;
import io.dealeraccess.request.DenialCode;
import io.dealeraccess.request.NewUserIdSubmission;
import io.dealeraccess.request.ReactivationSubmission;
import io.dealeraccess.request.SubmittedBy;
import io.dealeraccess.smartauction.SmartAuctionTerms;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.web.util.UriComponentsBuilder;
import io.dealeraccess.request.RemoveAccessSubmission;
import io.dealeraccess.request.RequestConfirmations;
import io.dealeraccess.request.RequestSubmissions;
import io.dealeraccess.request.RequestView;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The review forms as an agent meets them in Camunda Tasklist, in a real Chromium: no sequence of clicks leaves a
 * form unusable, the form itself refuses what the server would refuse, next to the field.
 */
class ReviewFormsE2E extends IntegrationTestSupport {

  @RegisterExtension
  static final RealBrowser browser = new RealBrowser();

  @Autowired
  private RequestSubmissions requests;
  @Autowired
  private RequestConfirmations confirmations;
  @Autowired
  private SmartAuctionTerms terms;

  private Task reviewOf(RequestView request) {
    return taskService.createTaskQuery().processInstanceBusinessKey(request.reference()).singleResult();
  }


  @Test
  void tasklistIsTheLendersHelpDeskWithoutCamundasNoticesOrActionsAgentsCannotUse() {
    browser.journey("8-tasklist-for-the-help-desk");
    RequestView request = removalInReview();
    TasklistAgent agent = TasklistAgent.logIn(browser.newPage(), baseUrl());
    Page page = agent.page();
    page.getByText("Help desk queue").first().click();
    page.locator(".tasks-list li").filter(new Locator.FilterOptions().setHasText(request.reference())).first()
        .waitFor();
    browser.screenshot(page, "queue");

    PlaywrightAssertions.assertThat(page.locator(".navbar-brand .brand-name"))
        .hasText(properties.lenderName() + " Tasklist");
    PlaywrightAssertions.assertThat(page).hasTitle(properties.lenderName() + " Tasklist");
    PlaywrightAssertions.assertThat(page.getByText("migrate to Camunda 8")).isHidden();
    PlaywrightAssertions.assertThat(page.getByText("Start process")).isHidden();
    PlaywrightAssertions.assertThat(page.getByText("Create task")).isHidden();
    PlaywrightAssertions.assertThat(page.locator("ol.tasks-list")).not().containsText("SLA breached");
    PlaywrightAssertions.assertThat(page.locator("ol.tasks-list")).containsText(request.reference());
    PlaywrightAssertions.assertThat(page.locator(".tasks-list .priority").first()).isHidden();

    // the controls that only met a refusal (found by the outside tester): dates and comments are not the agent's
    String task = reviewOf(request).getId();
    agent.open(task, request.reference()).claim();
    browser.screenshot(page, "task");
    PlaywrightAssertions.assertThat(page.getByText("Set follow-up date")).isHidden();
    PlaywrightAssertions.assertThat(page.locator(".reset-due-date")).isHidden();
    PlaywrightAssertions.assertThat(page.getByText("Add Comment")).isHidden();

    // and the agent who claimed a review gives it back (found by the outside tester: refused, the review stuck)
    page.locator("button.unclaim").click();
    TasklistAgent.waitUntil(() -> taskService.createTaskQuery().taskId(task).singleResult().getAssignee() == null,
        "the review to be released");
    PlaywrightAssertions.assertThat(page.getByText("Claim", new Page.GetByTextOptions().setExact(true))).isVisible();
  }

  @Test
  void denyOpenTheReasonsCloseThemApproveAndCompleteStillWorks() {
    browser.journey("5-review-never-stuck");
    RequestView request = removalInReview();
    TasklistAgent agent = TasklistAgent.logIn(browser.newPage(), baseUrl())
        .open(reviewOf(request).getId(), request.reference()).claim();

    agent.decide("Deny").openReasons();
    agent.page().keyboard().press("Escape");
    // and a click elsewhere in the form, as an agent closes a list
    agent.page().locator(".fjs-form-field-text").first().click();
    agent.decide("Approve");
    browser.screenshot(agent.page(), "approve-after-deny");

    agent.pressComplete();
    TasklistAgent.waitUntil(() -> reviewOf(request) == null, "the review to be completed");
  }

  @Test
  void theFormRefusesWhatTheServerWouldRefuseNextToTheField() {
    browser.journey("6-review-refuses-next-to-the-field");
    RequestView request = removalInReview();
    TasklistAgent agent = TasklistAgent.logIn(browser.newPage(), baseUrl())
        .open(reviewOf(request).getId(), request.reference()).claim();
    Page page = agent.page();

    PlaywrightAssertions.assertThat(page.getByText("Choose Approve or Deny")).isVisible();
    PlaywrightAssertions.assertThat(agent.complete()).isDisabled(); // "Complete before a decision"

    agent.decide("Deny");
    PlaywrightAssertions.assertThat(page.getByText("Choose a reason for the denial")).isVisible();
    PlaywrightAssertions.assertThat(agent.complete()).isDisabled(); // "Complete for a denial without a reason"

    agent.reason("Other (explain below)");
    PlaywrightAssertions.assertThat(page.getByText("\"Other\" needs your explanation")).isVisible();
    PlaywrightAssertions.assertThat(agent.complete()).isDisabled(); // "Complete for Other without text"
    agent.explain("   ");
    PlaywrightAssertions.assertThat(agent.complete()).isDisabled(); // "Complete for Other with blanks only"
    agent.explain("x".repeat(1001));
    PlaywrightAssertions.assertThat(page.getByText("The explanation is too long")).isVisible();
    PlaywrightAssertions.assertThat(agent.complete()).isDisabled(); // "Complete for a text too long"
    browser.screenshot(page, "too-long");

    // found by the outside tester: what the server refused while the form let Complete through
    agent.explain("\u200B");
    PlaywrightAssertions.assertThat(page.getByText("\"Other\" needs your explanation")).isVisible();
    PlaywrightAssertions.assertThat(agent.complete()).isDisabled(); // "Complete for a zero-width space"
    for (String link : List.of("Re-submit via bit.ly/3xYz", "Help at x.example/help", "https://lender.example")) {
      agent.explain(link);
      PlaywrightAssertions.assertThat(page.getByText("No links or web addresses")).isVisible();
      PlaywrightAssertions.assertThat(agent.complete()).isDisabled(); // "Complete for a link"
    }
    browser.screenshot(page, "link");

    // 951 characters, 1,851 UTF-16 units: within the limit for the form and the server alike
    String explanation = "Please ask your office manager to send the request " + "\uD83D\uDE97".repeat(900);
    agent.explain(explanation);
    PlaywrightAssertions.assertThat(page.getByText("needs your explanation")).isHidden();
    PlaywrightAssertions.assertThat(page.getByText("No links or web addresses")).isHidden();
    PlaywrightAssertions.assertThat(page.getByText("The explanation is too long")).isHidden();
    browser.screenshot(page, "other-with-text");
    agent.pressComplete();
    TasklistAgent.waitUntil(() -> reviewOf(request) == null, "the review to be completed");
    executeJobs(instanceOf(request.reference()).getId());
    assertThat(body(onlyMailTo(request.email(), "was denied"))).contains(explanation);
  }

  /** Each request type's review (and SmartAuction's verification), brought to its task as a dealer would. */
  enum Review {
    NEW_USER_ID("is approved", "was denied"),
    ADD_APPLICATION_ACCESS("applications added", "was denied"),
    REMOVE_APPLICATION_ACCESS("applications removed", "was denied"),
    REACTIVATE_USER_ID("active again", "was denied"),
    DEACTIVATE_USER_ID("the user ID is deactivated", "was denied"),
    CHANGE_ROLE("your role is changed", "was denied"),
    VERIFY_SMARTAUCTION_ENROLLMENT("SmartAuction is added", "enrollment not verified");

    final String approvedSubject;
    final String deniedSubject;

    Review(String approvedSubject, String deniedSubject) {
      this.approvedSubject = approvedSubject;
      this.deniedSubject = deniedSubject;
    }
  }

  /** A review waiting in Tasklist: its task, the instance it runs in, and the dealer who gets the decision. */
  record Waiting(String reference, String taskId, String instanceId, String dealerEmail) {}

  private Waiting inReview(Review review) {
    RequestView request = switch (review) {
      case NEW_USER_ID -> {
        String userId = uniqueUserId();
        RequestView submitted = requests.submitNewUserId(new NewUserIdSubmission("10001", "Pat", "Smith",
            userId + "@riverside.example", "555-123-4567", "FINANCE_MANAGER", userId, PASSWORD,
            List.of(new ChallengeAnswer(SecurityQuestion.FIRST_PET, "Rex"),
                new ChallengeAnswer(SecurityQuestion.BIRTH_CITY, "Boston"),
                new ChallengeAnswer(SecurityQuestion.FIRST_CAR, "Ford")), List.of("SMARTCASH")));
        executeJobs(instanceOf(submitted.reference()).getId());
        Map<String, String> link = UriComponentsBuilder.fromUriString(verificationLink(submitted.email())).build()
            .getQueryParams().toSingleValueMap();
        confirmations.confirmEmail(link.get("ref"), link.get("token"));
        yield submitted;
      }
      case ADD_APPLICATION_ACCESS -> requests.submitAddAccess(account("GENERAL_MANAGER").userId(),
          List.of("SMARTCASH"));
      case REMOVE_APPLICATION_ACCESS -> {
        AccountView holder = account("OFFICE_MANAGER", "SMARTCASH", "INTELLIRATER");
        yield requests.submitRemoveAccess(new RemoveAccessSubmission("10001", holder.userId(), applicant(holder),
            List.of("INTELLIRATER")));
      }
      case REACTIVATE_USER_ID -> {
        AccountView idle = account("OFFICE_MANAGER", "SMARTCASH");
        accounts.markInactive(idle.userId());
        yield requests.submitReactivation(new ReactivationSubmission("10001", idle.userId(), applicant(idle)));
      }
      case DEACTIVATE_USER_ID -> {
        AccountView holder = account("SALESPERSON", "SMARTCASH");
        yield requests.submitDeactivation(new DeactivationSubmission("10001", holder.userId(), SubmittedBy.EMPLOYEE,
            applicant(holder), DeactivationReason.LEFT_DEALERSHIP), true);
      }
      case CHANGE_ROLE -> requests.submitRoleChange(account("SALESPERSON", "SMARTCASH").userId(), "FINANCE_MANAGER");
      case VERIFY_SMARTAUCTION_ENROLLMENT -> requests.submitAddAccess(account("GENERAL_MANAGER").userId(),
          List.of("SMARTAUCTION"));
    };
    String instanceId = instanceOf(request.reference()).getId();
    executeJobs(instanceId);
    if (review == Review.VERIFY_SMARTAUCTION_ENROLLMENT) {
      // the request itself is approved by the product's own call; the enrollment's verification is the review
      taskService.complete(reviewOf(request).getId(), Map.of("approved", true));
      executeJobs(instanceId);
      instanceId = runtimeService.createProcessInstanceQuery().superProcessInstanceId(instanceId).singleResult()
          .getId();
      executeJobs(instanceId);
      Map<String, String> link = UriComponentsBuilder.fromUriString(link(request.email(), "accept the terms",
          "/smartauction/terms")).build().getQueryParams().toSingleValueMap();
      assertThat(terms.accept(link.get("ref"), link.get("token"))).isEqualTo(SmartAuctionTerms.Outcome.ACCEPTED);
    }
    Task task = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
    assertThat(task).as("the %s task of %s", review, request.reference()).isNotNull();
    return new Waiting(request.reference(), task.getId(), instanceId, request.email());
  }

  private static Applicant applicant(AccountView account) {
    return new Applicant(account.firstName(), account.lastName(), account.email(), account.businessPhone(),
        account.role());
  }

  /**
   * Every review form decides every way the server allows, through its own fields in the real Tasklist: approve, and
   * deny with each reason a reviewer may choose ("Other" with the reviewer's words). The dealer receives the matching
   * email.
   */
  @ParameterizedTest
  @EnumSource(Review.class)
  void everyReviewFormApprovesAndDeniesWithEveryReason(Review review) {
    browser.journey("7-every-decision-" + review.name().toLowerCase(Locale.ROOT));
    List<DenialCode> reasons = Arrays.stream(DenialCode.values()).filter(code -> code != DenialCode.FAILED_CHECK)
        .toList();
    Waiting approved = inReview(review);
    List<Waiting> denied = reasons.stream().map(code -> inReview(review)).toList();
    TasklistAgent agent = TasklistAgent.logIn(browser.newPage(), baseUrl());

    agent.open(approved.taskId(), approved.reference()).claim().decide("Approve");
    decided(agent, approved, review.name() + "-approve");
    assertThat(subject(onlyMailTo(approved.dealerEmail(), review.approvedSubject))).contains(approved.reference());

    for (int i = 0; i < reasons.size(); i++) {
      DenialCode code = reasons.get(i);
      Waiting request = denied.get(i);
      agent.open(request.taskId(), request.reference()).claim().decide("Deny")
          .reason(code == DenialCode.OTHER ? "Other (explain below)" : code.label());
      if (code == DenialCode.OTHER) {
        agent.explain("Your manager must confirm your role first");
      }
      decided(agent, request, review.name() + "-deny-" + code.name().toLowerCase(Locale.ROOT));
      String email = body(onlyMailTo(request.dealerEmail(), review.deniedSubject));
      assertThat(email).as("the denial of %s for %s", request.reference(), code)
          .contains(code == DenialCode.OTHER ? "Your manager must confirm your role first" : code.label());
    }
  }

  private void decided(TasklistAgent agent, Waiting request, String shot) {
    browser.screenshot(agent.page(), shot);
    agent.pressComplete();
    TasklistAgent.waitUntil(() -> taskService.createTaskQuery().taskId(request.taskId()).count() == 0,
        "the review of " + request.reference() + " to be completed through Tasklist");
    executeJobs(request.instanceId());
  }

}
