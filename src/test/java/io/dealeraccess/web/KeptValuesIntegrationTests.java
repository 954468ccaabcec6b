package io.dealeraccess.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.account.AccountView;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** What a dealer typed stays after an error (the Help page promises it): everything but passwords, and the page says so. */
class KeptValuesIntegrationTests extends IntegrationTestSupport {

  @Test
  void aFailedLoginKeepsTheUserId() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    DealerBrowser dealer = new DealerBrowser(baseUrl());

    Document failed = dealer.submit(dealer.open("/login"), "main form",
        Map.of("userId", account.userId(), "password", "not-the-password"));

    assertThat(failed.getElementById("login-error")).isNotNull();
    assertThat(failed.getElementById("userId").val()).isEqualTo(account.userId());
    assertThat(failed.getElementById("password").val()).isEmpty();
    assertThat(dealer.open("/login").getElementById("userId").val()).as("only right after the failure").isEmpty();
  }

  @Test
  void anErrorOnTheQuestionsPageKeepsTheAnswersButNotThePassword() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    DealerBrowser dealer = new DealerBrowser(baseUrl());
    dealer.submit(dealer.open("/login"), "main form", Map.of("userId", account.userId(), "password", PASSWORD));

    Document refused = dealer.submit(dealer.open("/account/questions"), "main form", Map.of("question1",
        "FIRST_PET", "answer1", "Max", "question2", "BIRTH_CITY", "answer2", "Paris", "question3", "FIRST_CAR",
        "answer3", "Buick", "currentPassword", "not-it"));

    assertThat(refused.getElementById("currentPassword-error")).isNotNull();
    assertThat(refused.getElementById("answer1").val()).isEqualTo("Max");
    assertThat(refused.getElementById("answer3").val()).isEqualTo("Buick");
    assertThat(refused.getElementById("currentPassword").val()).isEmpty();
    assertThat(refused.getElementById("passwords-cleared").text()).contains("type your password");
    assertThat(refused.getElementById("form-errors")).as("the error summary").isNotNull();
    assertThat(refused.select("#form-errors a[href=#currentPassword]")).hasSize(1);
  }
}
