package io.dealeraccess.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealeraccess.account.AccountView;
import io.dealeraccess.account.LoginThrottle;
import io.dealeraccess.account.PasswordRecovery;
import io.dealeraccess.web.DealerBrowser;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Forgot password through the real web layer: the request, the emailed link, the question, the new password. */
class ForgotPasswordIntegrationTests extends RecoveryTestSupport {

  @Test
  void aDealerResetsAForgottenPasswordAndEverySessionOfTheIdEnds() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    DealerBrowser otherDevice = browser();
    otherDevice.submit(otherDevice.open("/login"), "main form",
        Map.of("userId", account.userId(), "password", PASSWORD));
    assertThat(otherDevice.open("/account").getElementById("account-applications")).isNotNull();

    DealerBrowser dealer = browser();
    Document login = dealer.open("/login");
    Document form = dealer.open(login.selectFirst("#recovery-links a:contains(Forgot your password?)").absUrl("href"));
    Document sent = dealer.submit(form, "main form", Map.of("userId", account.userId().toUpperCase(),
        "email", account.email()));
    assertThat(sent.getElementById("reset-requested")).isNotNull();

    String link = resetLink(account.email());
    assertThat(body(onlyMailTo(account.email(), RESET_SUBJECT))).contains(account.userId()).contains("1 hour");
    Document question = dealer.open(link);
    assertThat(question.getElementById("reset-user-id").text()).isEqualTo(account.userId());
    assertThat(dealer.open(link).selectFirst("label[for=answer]").text()).as("the same link asks the same question")
        .isEqualTo(questionOn(question));
    Document passwordPage = answerRightly(dealer, question);
    assertThat(passwordPage.select("input[type=password]")).hasSize(2);
    Document done = setPassword(dealer, passwordPage, NEW_PASSWORD, NEW_PASSWORD);

    assertThat(done.getElementById("password-reset")).as(done.text()).isNotNull();
    assertThat(logsIn(account.userId(), NEW_PASSWORD)).isTrue();
    assertThat(logsIn(account.userId(), PASSWORD)).as("the old password").isFalse();
    otherDevice.open("/account");
    assertThat(otherDevice.url()).as("the other session ended").contains("/login");
    assertThat(body(onlyMailTo(account.email(), "Your password was changed")))
        .contains(account.userId()).contains("If this wasn't you, call the help desk");
    assertThat(auditOf(account.userId())).containsSubsequence("PASSWORD_RESET_LINK_SENT",
        "PASSWORD_RESET_LINK_OPENED", "PASSWORD_RESET_ANSWER_RIGHT", "PASSWORD_RESET");
    assertThat(requestsWith(account.email())).containsExactly("LINK_SENT");
  }

  @Test
  void theSameAnswerForAnUnknownIdAWrongEmailAndAMatchAndOnlyTheOwnerGetsAnEmail() {
    AccountView account = account("FINANCE_MANAGER");
    String stranger = "stranger-" + uniqueUserId() + "@elsewhere.example";

    Document unknownId = askForReset(browser(), uniqueUserId(), account.email());
    Document wrongEmail = askForReset(browser(), account.userId(), stranger);
    assertThat(mailTo(account.email())).as("nothing for a wrong pair").isEmpty();
    assertThat(mailTo(stranger)).isEmpty();
    Document match = askForReset(browser(), account.userId(), account.email());

    assertThat(unknownId.select("main").text()).isEqualTo(wrongEmail.select("main").text())
        .isEqualTo(match.select("main").text());
    assertThat(mailTo(account.email())).hasSize(1);
    assertThat(requestsWith(account.email())).containsExactly("NO_SUCH_ID", "LINK_SENT");
    assertThat(requestsWith(stranger)).containsExactly("EMAIL_DID_NOT_MATCH");
    assertThat(auditOf(account.userId())).containsSubsequence("PASSWORD_RESET_REFUSED", "PASSWORD_RESET_LINK_SENT");
  }

  @Test
  void aLinkWorksOnceOnlyForItsIdOnlyTheNewestAndNotAfterAnHour() {
    AccountView account = account("FINANCE_MANAGER");
    AccountView other = account("FINANCE_MANAGER");
    askForReset(browser(), account.userId(), account.email());
    String first = resetLink(account.email());
    assertThat(browser().open(first.replace("user=" + account.userId(), "user=" + other.userId()))
        .getElementById("link-invalid")).as("the link used for another ID").isNotNull();

    io.dealeraccess.TestSmtp.purge();
    askForReset(browser(), account.userId(), account.email());
    String second = resetLink(account.email());
    assertThat(browser().open(first).getElementById("link-invalid")).as("an older link").isNotNull();
    resetThrough(browser(), second, NEW_PASSWORD);
    assertThat(browser().open(second).getElementById("link-invalid")).as("a used link").isNotNull();

    io.dealeraccess.TestSmtp.purge();
    askForReset(browser(), account.userId(), account.email());
    String third = resetLink(account.email());
    DealerBrowser late = browser();
    Document question = late.open(third);
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(PasswordRecovery.LINK_VALID_FOR).plusSeconds(60)));
    assertThat(answerRightly(late, question).getElementById("link-invalid")).as("an expired link").isNotNull();
    assertThat(browser().open(third).getElementById("link-invalid")).isNotNull();
    assertThat(logsIn(account.userId(), NEW_PASSWORD)).as("nothing changed after the second reset").isTrue();
  }

  @Test
  void threeWrongAnswersKillTheLinkAndBlockResetsForADay() {
    AccountView account = account("FINANCE_MANAGER");
    askForReset(browser(), account.userId(), account.email());
    String link = resetLink(account.email());
    DealerBrowser dealer = browser();
    Document question = dealer.open(link);

    Document first = answer(dealer, question, wrongAnswerTo(question));
    assertThat(errorOf(first, "answer")).contains("2 attempts left");
    assertThat(first.getElementById("answer").val()).as("the wrong answer is not shown again").isEmpty();
    Document second = answer(dealer, first, wrongAnswerTo(question));
    assertThat(errorOf(second, "answer")).contains("1 attempt left");
    Document third = answer(dealer, second, ANSWERS.get(questionOn(question)) + " no");

    assertThat(third.getElementById("reset-blocked")).as(third.text()).isNotNull();
    assertThat(dealer.open(link).getElementById("link-invalid")).isNotNull();
    assertThat(eventsOf(account.userId(), "PASSWORD_RESET_ANSWER_WRONG")).hasSize(3);
    assertThat(auditOf(account.userId())).contains("PASSWORD_RESET_BLOCKED");

    io.dealeraccess.TestSmtp.purge();
    askForReset(browser(), account.userId(), account.email());
    assertThat(body(onlyMailTo(account.email(), "About your request to reset your password")))
        .contains("blocked until");
    assertThat(logsIn(account.userId(), PASSWORD)).as("the password is unchanged").isTrue();
  }

  @Test
  void theNewPasswordFollowsThePolicyAndOnlyThePasswordsAreForgottenOnTheWay() {
    AccountView account = account("FINANCE_MANAGER");
    DealerBrowser dealer = browser();
    Document typed = dealer.submit(dealer.open("/forgot-password"), "main form",
        Map.of("userId", account.userId(), "email", "not-an-address"));
    assertThat(errorOf(typed, "email")).contains("email address like");
    assertThat(typed.getElementById("userId").val()).isEqualTo(account.userId());
    assertThat(typed.getElementById("email").val()).isEqualTo("not-an-address");
    assertThat(mailTo(account.email())).isEmpty();

    askForReset(dealer, account.userId(), account.email());
    Document passwordPage = answerRightly(dealer, dealer.open(resetLink(account.email())));
    Document tooShort = setPassword(dealer, passwordPage, "Short-1", "Short-1");
    assertThat(errorOf(tooShort, "password")).contains("Use at least 12 characters.");
    assertThat(tooShort.getElementById("password").val()).isEmpty();
    Document withId = setPassword(dealer, tooShort, account.userId() + "-Garage-42", account.userId() + "-Garage-42");
    assertThat(errorOf(withId, "password")).contains("must not contain your user ID");
    Document mismatch = setPassword(dealer, withId, NEW_PASSWORD, NEW_PASSWORD + "x");
    assertThat(errorOf(mismatch, "confirmPassword")).contains("do not match");

    assertThat(setPassword(dealer, mismatch, NEW_PASSWORD, NEW_PASSWORD).getElementById("password-reset")).isNotNull();
    assertThat(logsIn(account.userId(), NEW_PASSWORD)).isTrue();
  }

  @Test
  void theQuestionCannotBeSkipped() {
    AccountView account = account("FINANCE_MANAGER");
    askForReset(browser(), account.userId(), account.email());
    String link = resetLink(account.email());
    DealerBrowser dealer = browser();
    Document question = dealer.open(link);
    // the password page's own form, posted without the right answer first
    question.selectFirst("main form").attr("action", "/forgot-password/reset/password");

    Document refused = dealer.submit(question, "main form", Map.of("password", NEW_PASSWORD,
        "confirmPassword", NEW_PASSWORD));

    assertThat(refused.getElementById("link-invalid")).isNotNull();
    assertThat(logsIn(account.userId(), NEW_PASSWORD)).isFalse();
    assertThat(logsIn(account.userId(), PASSWORD)).isTrue();
  }

  @Test
  void theRightAnswerCountsOnlyInTheBrowserThatGaveIt() {
    // found by the outside tester: once the owner had answered, anyone else holding the link set the password
    AccountView account = account("FINANCE_MANAGER");
    askForReset(browser(), account.userId(), account.email());
    String link = resetLink(account.email());
    DealerBrowser owner = browser();
    Document passwordPage = answerRightly(owner, owner.open(link));
    assertThat(passwordPage.getElementById("password")).isNotNull();
    DealerBrowser other = browser();
    Document question = other.open(link);
    question.selectFirst("main form").attr("action", "/forgot-password/reset/password");

    Document refused = other.submit(question, "main form", Map.of("password", NEW_PASSWORD,
        "confirmPassword", NEW_PASSWORD));

    assertThat(refused.getElementById("link-invalid")).isNotNull();
    assertThat(logsIn(account.userId(), NEW_PASSWORD)).isFalse();
    assertThat(setPassword(owner, passwordPage, NEW_PASSWORD, NEW_PASSWORD).getElementById("password-reset"))
        .as("the owner's browser still sets it").isNotNull();
    assertThat(logsIn(account.userId(), NEW_PASSWORD)).isTrue();
  }

  @Test
  void aSuccessfulResetUnlocksAnIdLockedByFailedLogins() {
    AccountView account = account("FINANCE_MANAGER");
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      logsIn(account.userId(), "wrong-password-" + i);
    }
    assertThat(logsIn(account.userId(), PASSWORD)).as("locked").isFalse();

    askForReset(browser(), account.userId(), account.email());
    resetThrough(browser(), resetLink(account.email()), NEW_PASSWORD);

    assertThat(logsIn(account.userId(), NEW_PASSWORD)).isTrue();
  }

  @Test
  void inactiveDeactivatedAndLockedIdsGetNoLinkAndTheOwnerIsToldWhy() {
    AccountView inactive = account("FINANCE_MANAGER");
    accounts.markInactive(inactive.userId());
    AccountView deactivated = account("FINANCE_MANAGER");
    accounts.deactivate(deactivated.userId());
    AccountView locked = account("FINANCE_MANAGER");
    accounts.lockForDeactivation(locked.userId());

    Map<AccountView, String> told = Map.of(inactive, "reactivation request", deactivated, "new user ID request",
        locked, "request to deactivate it is reviewed");
    told.forEach((account, why) -> {
      Document page = askForReset(browser(), account.userId(), account.email());
      assertThat(page.getElementById("reset-requested")).as("the same page").isNotNull();
      assertThat(body(onlyMailTo(account.email(), "About your request to reset your password"))).contains(why);
      assertThat(mailTo(account.email())).as("no link").noneMatch(mail -> subject(mail).contains(RESET_SUBJECT));
      assertThat(auditOf(account.userId())).contains("PASSWORD_RESET_NOT_POSSIBLE");
    });
  }

  @Test
  void anIdGetsAtMostThreeResetEmailsAnHour() {
    AccountView account = account("FINANCE_MANAGER");
    for (int i = 0; i < PasswordRecovery.EMAILS_PER_HOUR + 2; i++) {
      assertThat(askForReset(browser(), account.userId(), account.email()).getElementById("reset-requested"))
          .isNotNull();
    }

    assertThat(mailTo(account.email())).hasSize(PasswordRecovery.EMAILS_PER_HOUR);
    assertThat(requestsWith(account.email())).containsExactly("LINK_SENT", "LINK_SENT", "LINK_SENT", "LIMITED",
        "LIMITED");
    assertThat(auditOf(account.userId())).contains("PASSWORD_RESET_LIMITED");

    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofMinutes(61))));
    askForReset(browser(), account.userId(), account.email());
    assertThat(mailTo(account.email())).as("an hour later").hasSize(PasswordRecovery.EMAILS_PER_HOUR + 1);
  }
}
