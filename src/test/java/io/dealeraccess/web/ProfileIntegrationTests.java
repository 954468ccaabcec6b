package io.dealeraccess.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.account.AccountEvent;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.account.LoginThrottle;
import io.dealeraccess.account.ProfileService;
import io.dealeraccess.account.ReactivationAnswer;
import io.dealeraccess.account.SecurityQuestion;
import io.dealeraccess.request.RequestQueries;
import io.dealeraccess.request.RequestSubmissions;
import io.dealeraccess.request.RequestView;
import io.dealeraccess.request.RequestType;
import io.dealeraccess.request.RequestView;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** My Profile: every change through the real web layer, audited and confirmed by email. */
class ProfileIntegrationTests extends IntegrationTestSupport {

  @Autowired
  private ProfileService profiles;
  @Autowired
  private RequestSubmissions requests;
  @Autowired
  private RequestQueries requestQueries;

  private AccountView account;
  private DealerBrowser dealer;

  private Document logIn() {
    account = account("FINANCE_MANAGER", "SMARTCASH");
    dealer = new DealerBrowser(baseUrl());
    return dealer.submit(dealer.open("/login"), "main form", Map.of("userId", account.userId(), "password", PASSWORD));
  }

  private Document follow(Document page, String linkText) {
    return dealer.open(page.selectFirst("main a:contains(" + linkText + ")").absUrl("href"));
  }

  private static String errorOf(Document page, String field) {
    assertThat(page.getElementById(field + "-error")).as("error for %s in %s", field, page.text()).isNotNull();
    return page.getElementById(field + "-error").text();
  }

  private List<String> auditOf(String userId) {
    return profiles.history(userId).stream().map(event -> event.getEventType() + " " + event.getDetail()).toList();
  }

  @Test
  void editProfileSavesTheChangeAuditsItAndConfirmsByEmail() {
    Document form = follow(logIn(), "Edit profile");
    assertThat(form.getElementById("firstName").val()).isEqualTo("Robin");

    Document invalid = dealer.submit(form, "main form", Map.of("businessPhone", "12", "firstName", "<b>R</b>"));
    assertThat(errorOf(invalid, "businessPhone")).contains("10-digit");
    assertThat(errorOf(invalid, "firstName")).contains("letters");

    Document saved = dealer.submit(invalid, "main form", Map.of("firstName", "Robyn", "lastName", "Owens",
        "businessPhone", "(555) 777-8888", "role", "GENERAL_MANAGER"));

    assertThat(saved.getElementById("saved").text()).contains("name and business phone are saved")
        .contains("when the help desk approves");
    assertThat(saved.getElementById("account-phone").text()).isEqualTo("555-777-8888");
    assertThat(saved.getElementById("account-role").text()).as("the verified role")
        .isEqualTo("Finance & Insurance Manager");
    assertThat(saved.getElementById("account-history").text()).contains("Robyn Owens");
    assertThat(body(onlyMailTo(account.email(), "Your profile was changed"))).contains("your profile");
  }

  @Test
  void aRoleChangeInEditProfileIsReviewedAndTheVerifiedRoleDecidesEligibilityMeanwhile() {
    Document form = follow(logIn(), "Edit profile");

    dealer.submit(form, "main form", Map.of("role", "GENERAL_MANAGER"));

    RequestView change = requestQueries.requestsFor(account.userId()).get(0);
    assertThat(change.requestType()).isEqualTo(RequestType.CHANGE_ROLE);
    assertThat(change.role()).isEqualTo("GENERAL_MANAGER");
    Document request = dealer.open("/account/applications/request");
    assertThat(request.selectFirst("input[value=SMARTAUCTION]").hasAttr("disabled"))
        .as("a finance manager still may not ask for SmartAuction").isTrue();
    Document forged = dealer.submit(request, "main form", Map.of("applications", List.of("SMARTAUCTION")));
    assertThat(errorOf(forged, "applications")).contains("your role may hold");

    String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(change.reference())
        .singleResult().getId();
    executeJobs(instance);
    taskService.complete(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId(),
        Map.of("approved", true));
    executeJobs(instance);

    assertThat(accounts.find(account.userId()).orElseThrow().role()).isEqualTo("GENERAL_MANAGER");
    assertThat(dealer.open("/account/applications/request").selectFirst("input[value=SMARTAUCTION]")
        .hasAttr("disabled")).as("after the help desk approved the change").isFalse();
  }

  @Test
  void aNewEmailAddressTakesEffectOnlyThroughTheLinkSentToItAndTheOldAddressIsTold() {
    Document form = follow(logIn(), "Update email address");
    String newEmail = "new-" + account.email();

    Document pending = dealer.submit(form, "main form", Map.of("email", newEmail.toUpperCase(),
        "currentPassword", PASSWORD));

    assertThat(pending.getElementById("saved").text()).contains("We sent a link to " + newEmail);
    assertThat(pending.getElementById("account-email").text()).isEqualTo(account.email());
    assertThat(mailTo(account.email())).isEmpty();
    String link = onThisServer(link(newEmail, "Confirm your new email address", "/email/confirm"));

    DealerBrowser anotherBrowser = new DealerBrowser(baseUrl());
    Document changed = anotherBrowser.submit(anotherBrowser.open(link), "main form", Map.of());
    assertThat(changed.getElementById("email-changed")).isNotNull();
    assertThat(accounts.find(account.userId()).orElseThrow().email()).isEqualTo(newEmail);
    assertThat(body(onlyMailTo(account.email(), "Your email address was changed"))).contains(newEmail);
    onlyMailTo(newEmail, "Your email address was changed");
    assertThat(auditOf(account.userId())).anyMatch(line -> line.startsWith("EMAIL_CHANGED"));

    Document again = dealer.submit(dealer.open(link), "main form", Map.of());
    assertThat(again.getElementById("email-link-invalid")).as("the link works once").isNotNull();
  }

  @Test
  void atMostThreeEmailChangeLinksAnHour() {
    Document form = follow(logIn(), "Update email address");
    String victim = "victim-" + account.email();
    Document page = form;
    for (int link = 1; link <= ProfileService.EMAIL_CHANGES_PER_HOUR + 2; link++) {
      page = dealer.submit(dealer.open("/account/email"), "main form",
          Map.of("email", victim, "currentPassword", PASSWORD));
    }

    assertThat(errorOf(page, "email")).contains("in the last hour");
    assertThat(mailTo(victim)).hasSize(ProfileService.EMAIL_CHANGES_PER_HOUR);
  }

  @Test
  void anAddressAnotherIdAtTheDealershipUsesIsRefused() {
    Document form = follow(logIn(), "Update email address");

    Document refused = dealer.submit(form, "main form", Map.of("email", "jordan.active@riverside.example",
        "currentPassword", PASSWORD));

    assertThat(errorOf(refused, "email")).contains("Another user ID at your dealership");
  }

  @Test
  void changingThePasswordNeedsTheCurrentOne() {
    Document form = follow(logIn(), "Change password");

    Document wrongCurrent = dealer.submit(form, "main form", Map.of("currentPassword", "not-it",
        "password", "Another-Strong-Pass-4", "confirmPassword", "Another-Strong-Pass-4"));
    assertThat(errorOf(wrongCurrent, "currentPassword")).contains("not correct");
    assertThat(wrongCurrent.getElementById("currentPassword").val()).isEmpty();
    Document weak = dealer.submit(wrongCurrent, "main form", Map.of("currentPassword", PASSWORD,
        "password", "qwerty123456", "confirmPassword", "qwerty123456"));
    assertThat(errorOf(weak, "password")).contains("too common");

    Document saved = dealer.submit(weak, "main form", Map.of("currentPassword", PASSWORD,
        "password", "Another-Strong-Pass-4", "confirmPassword", "Another-Strong-Pass-4"));

    assertThat(saved.getElementById("saved").text()).contains("new password is set");
    onlyMailTo(account.email(), "Your profile was changed");
    DealerBrowser again = new DealerBrowser(baseUrl());
    again.submit(again.open("/login"), "main form",
        Map.of("userId", account.userId(), "password", "Another-Strong-Pass-4"));
    assertThat(again.url()).endsWith("/account");
    assertThat(String.join("\n", auditOf(account.userId()))).doesNotContain("Another-Strong-Pass-4");
  }

  @Test
  void emailQuestionsAndSecretQuestionChangeOnlyWithTheCurrentPassword() {
    Document home = logIn();
    String before = accounts.find(account.userId()).orElseThrow().helpdeskQuestion();

    Document email = dealer.submit(follow(home, "Update email address"), "main form",
        Map.of("email", "taken-over@attacker.example"));
    Document questions = dealer.submit(dealer.open("/account/questions"), "main form", Map.of("question1",
        "FIRST_PET", "answer1", "Max", "question2", "BIRTH_CITY", "answer2", "Paris", "question3", "FIRST_CAR",
        "answer3", "Buick", "currentPassword", "not-it"));
    Document secret = dealer.submit(dealer.open("/account/helpdesk-question"), "main form",
        Map.of("question", "Attacker's question?", "answer", "Attacker", "currentPassword", "not-it"));

    assertThat(errorOf(email, "currentPassword")).contains("not correct");
    assertThat(errorOf(questions, "currentPassword")).contains("not correct");
    assertThat(errorOf(secret, "currentPassword")).contains("not correct");
    assertThat(mailTo("taken-over@attacker.example")).isEmpty();
    assertThat(reactivationAnswers.checkReactivationAnswer(account.userId(), SecurityQuestion.BIRTH_CITY, "Paris").outcome())
        .isNotEqualTo(ReactivationAnswer.Outcome.CORRECT);
    assertThat(accounts.find(account.userId()).orElseThrow().helpdeskQuestion()).isEqualTo(before);
  }

  @Test
  void fiveWrongCurrentPasswordsLockTheIdAndLogItOut() {
    logIn();
    Document page = null;
    for (int attempt = 1; attempt <= LoginThrottle.MAX_FAILURES; attempt++) {
      page = dealer.submit(dealer.open("/account/email"), "main form",
          Map.of("email", "new-" + account.email(), "currentPassword", "guess-" + attempt));
    }

    assertThat(errorOf(page, "currentPassword")).contains("locked");
    dealer.open("/account");
    assertThat(dealer.url()).contains("/login");
    DealerBrowser again = new DealerBrowser(baseUrl());
    Document refused = again.submit(again.open("/login"), "main form",
        Map.of("userId", account.userId(), "password", PASSWORD));
    assertThat(refused.getElementById("login-error")).as("the login is locked too").isNotNull();
  }

  @Test
  void aPasswordChangeEndsTheIdsOtherSessionsButNotTheOneThatChangedIt() {
    Document form = follow(logIn(), "Change password");
    DealerBrowser otherDevice = new DealerBrowser(baseUrl());
    otherDevice.submit(otherDevice.open("/login"), "main form",
        Map.of("userId", account.userId(), "password", PASSWORD));
    assertThat(otherDevice.open("/account").getElementById("account-applications")).isNotNull();

    dealer.submit(form, "main form", Map.of("currentPassword", PASSWORD,
        "password", "Another-Strong-Pass-4", "confirmPassword", "Another-Strong-Pass-4"));

    assertThat(dealer.open("/account").getElementById("account-applications")).as("this session").isNotNull();
    Document other = otherDevice.open("/account");
    assertThat(otherDevice.url()).contains("/login");
    assertThat(other.getElementById("signed-out")).isNotNull();
  }

  @Test
  void aLockOrADeactivationEndsEverySessionOfTheId() {
    logIn();
    assertThat(dealer.open("/account").getElementById("account-applications")).isNotNull();

    accounts.lockForDeactivation(account.userId());

    dealer.open("/account");
    assertThat(dealer.url()).contains("/login");
    DealerBrowser second = new DealerBrowser(baseUrl());
    AccountView other = account("FINANCE_MANAGER");
    second.submit(second.open("/login"), "main form", Map.of("userId", other.userId(), "password", PASSWORD));
    accounts.deactivate(other.userId());
    second.open("/account");
    assertThat(second.url()).contains("/login");
  }

  @Test
  void whenNothingCanBeRequestedThePageSaysSoAndOffersNoSubmit() {
    account = account("FINANCE_MANAGER", "SMARTCASH", "INTELLIRATER");
    dealer = new DealerBrowser(baseUrl());
    dealer.submit(dealer.open("/login"), "main form", Map.of("userId", account.userId(), "password", PASSWORD));

    Document request = dealer.open("/account/applications/request");

    assertThat(request.getElementById("nothing-to-request").text()).contains("nothing you can request now")
        .contains("Finance & Insurance Manager");
    assertThat(request.select("main button[type=submit]")).as("no Submit button").isEmpty();
  }

  @Test
  void recentChangesAreInWordsWithoutInternalCodes() {
    Document home = logIn();
    dealer.submit(follow(home, "Change security questions"), "main form", Map.of("question1",
        "FATHERS_MIDDLE_NAME", "answer1", "Lee", "question2", "ELEMENTARY_SCHOOL", "answer2", "Lincoln",
        "question3", "FIRST_CAR", "answer3", "Buick", "currentPassword", PASSWORD));

    String changes = dealer.open("/account").getElementById("account-history").text();

    assertThat(changes).contains("Security questions changed").contains("You");
    assertThat(changes).as("no internal codes (issue 21)").doesNotContainPattern("[A-Z]{2,}_[A-Z]{2,}")
        .doesNotContain("Questions now").doesNotContain(account.userId());
  }

  @Test
  void newChallengeQuestionsReplaceTheOldOnesAndAreStoredHashed() {
    Document form = follow(logIn(), "Change security questions");

    Document repeated = dealer.submit(form, "main form", Map.of("question1", "FIRST_PET", "answer1", "Max",
        "question2", "FIRST_PET", "answer2", "Cleveland", "question3", "FIRST_CAR", "answer3", "Buick"));
    assertThat(errorOf(repeated, "question2")).contains("three different");
    assertThat(repeated.getElementById("answer1").val()).as("what was typed stays (issue 21)").isEqualTo("Max");

    dealer.submit(repeated, "main form", Map.of("question1", "FATHERS_MIDDLE_NAME", "answer1", "Lee",
        "question2", "ELEMENTARY_SCHOOL", "answer2", "Lincoln Elementary", "question3", "FIRST_CAR",
        "answer3", "Buick", "currentPassword", PASSWORD));

    assertThat(reactivationAnswers.securityQuestions(account.userId())).containsExactly(SecurityQuestion.FATHERS_MIDDLE_NAME,
        SecurityQuestion.ELEMENTARY_SCHOOL, SecurityQuestion.FIRST_CAR);
    accounts.markInactive(account.userId());
    assertThat(reactivationAnswers.checkReactivationAnswer(account.userId(), SecurityQuestion.FIRST_CAR, "buick").outcome())
        .isEqualTo(ReactivationAnswer.Outcome.CORRECT);
    assertThat(String.join("\n", auditOf(account.userId()))).contains("CHALLENGE_QUESTIONS_CHANGED")
        .doesNotContain("Lincoln").doesNotContain("Buick");
    onlyMailTo(account.email(), "Your profile was changed");
  }

  @Test
  void theHelpDeskSecretQuestionIsShownButItsAnswerNever() {
    Document form = follow(logIn(), "Change Help Desk secret question");

    Document saved = dealer.submit(form, "main form", Map.of("question", "Name of my first manager?",
        "answer", "Dana Scully", "currentPassword", PASSWORD));

    assertThat(saved.text()).contains("Name of my first manager?").doesNotContain("Dana Scully");
    assertThat(String.join("\n", auditOf(account.userId()))).contains("HELPDESK_QUESTION_CHANGED")
        .doesNotContain("Dana");
    onlyMailTo(account.email(), "Your profile was changed");
  }

  @Test
  void theApplicationsTabShowsAnOpenRequest() {
    logIn();
    requests.submitAddAccess(account.userId(), List.of("INTELLIRATER"));

    Document applications = dealer.open("/account/applications");

    assertThat(applications.text()).contains("A request for more applications is in review");
  }

  @Test
  void anotherDealersProfileCannotBeReachedByUrl() {
    logIn();
    AccountView other = account("OWNER");

    Document mine = dealer.open("/account?userId=" + other.userId());

    assertThat(mine.getElementById("account-user-id").text()).isEqualTo(account.userId());
    assertThat(profiles.history(other.userId()).stream().map(AccountEvent::getActor)).isEmpty();
  }
}
