package io.dealeraccess.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.account.AccountEvent;
import io.dealeraccess.account.ProfileService;
import io.dealeraccess.account.SecurityQuestion;
import io.dealeraccess.web.DealerBrowser;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the recovery tests share: the pages as a dealer uses them, the emails, the audit. */
abstract class RecoveryTestSupport extends IntegrationTestSupport {

  /** The answers of {@link #account}'s three questions. */
  static final Map<String, String> ANSWERS = Map.of(SecurityQuestion.FIRST_PET.text(), "Rex",
      SecurityQuestion.BIRTH_CITY.text(), "Boston", SecurityQuestion.FIRST_CAR.text(), "Ford");
  static final String NEW_PASSWORD = "Forgotten-Then-Found-7";
  static final String RESET_SUBJECT = "Reset your password";

  @Autowired
  ProfileService profiles;
  @Autowired
  JdbcTemplate jdbc;

  DealerBrowser browser() {
    return new DealerBrowser(baseUrl());
  }

  Document askForReset(DealerBrowser dealer, String userId, String email) {
    return dealer.submit(dealer.open("/forgot-password"), "main form", Map.of("userId", userId, "email", email));
  }

  /** The one reset email's link to {@code email}, on this test's server. */
  String resetLink(String email) {
    return onThisServer(link(email, RESET_SUBJECT, "/forgot-password/reset"));
  }

  static String questionOn(Document page) {
    assertThat(page.selectFirst("label[for=answer]")).as("the question on %s", page.text()).isNotNull();
    return page.selectFirst("label[for=answer]").text();
  }

  Document answer(DealerBrowser dealer, Document questionPage, String answer) {
    return dealer.submit(questionPage, "main form", Map.of("answer", answer));
  }

  Document answerRightly(DealerBrowser dealer, Document questionPage) {
    return answer(dealer, questionPage, ANSWERS.get(questionOn(questionPage)));
  }

  static String wrongAnswerTo(Document questionPage) {
    return "Not " + ANSWERS.get(questionOn(questionPage));
  }

  Document setPassword(DealerBrowser dealer, Document passwordPage, String password, String confirm) {
    return dealer.submit(passwordPage, "main form", Map.of("password", password, "confirmPassword", confirm));
  }

  /** The whole reset through {@code link}: the question answered, the new password set. */
  Document resetThrough(DealerBrowser dealer, String link, String password) {
    return setPassword(dealer, answerRightly(dealer, dealer.open(link)), password, password);
  }

  boolean logsIn(String userId, String password) {
    DealerBrowser dealer = browser();
    dealer.submit(dealer.open("/login"), "main form", Map.of("userId", userId, "password", password));
    return dealer.url().endsWith("/account");
  }

  List<String> auditOf(String userId) {
    return profiles.history(userId).stream().map(AccountEvent::getEventType).toList();
  }

  List<AccountEvent> eventsOf(String userId, String type) {
    return profiles.history(userId).stream().filter(event -> event.getEventType().equals(type)).toList();
  }

  /** The outcomes of the recovery requests made with this address, oldest first. */
  List<String> requestsWith(String email) {
    return jdbc.queryForList("select outcome from recovery_request where email = ? order by id", String.class,
        email.toLowerCase(java.util.Locale.ROOT));
  }

  static String errorOf(Document page, String field) {
    assertThat(page.getElementById(field + "-error")).as("error for %s in %s", field, page.text()).isNotNull();
    return page.getElementById(field + "-error").text();
  }
}
