package io.dealeraccess.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.StaffRestClient;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A whole life of a user ID, from registration to a password change, with every log line captured: no password,
 * security answer, link token or hash ever reaches a log.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsNotLoggedIntegrationTests extends IntegrationTestSupport {

  private static final String FIRST_PASSWORD = "Quartz-Lantern-Meadow-4821";
  private static final String WRONG_PASSWORD = "Velvet-Harbor-Typo-3390";
  private static final String NEW_PASSWORD = "Copper-Orchard-Signal-7713";
  private static final List<String> ANSWERS = List.of("Zanzibarpet", "Quillborough", "Xylocar");

  @Test
  void noPasswordAnswerOrTokenIsEverWrittenToTheLog(CapturedOutput log) {
    String userId = uniqueUserId();
    String email = userId + "@riverside.example";
    DealerBrowser dealer = new DealerBrowser(baseUrl());
    Map<String, Object> fields = new java.util.HashMap<>(DealerForms.registration(userId));
    fields.putAll(Map.of("password", FIRST_PASSWORD, "confirmPassword", FIRST_PASSWORD, "answer1", ANSWERS.get(0),
        "answer2", ANSWERS.get(1), "answer3", ANSWERS.get(2)));
    String reference = dealer.submit(dealer.open("/register/details?pdn=10001"), "main form", fields)
        .getElementById("reference").text();
    String instance = instanceOf(reference).getId();
    executeJobs(instance);

    String verifyLink = verificationLinkOnThisServer(email);
    String token = URI.create(verifyLink).getQuery().replaceAll(".*token=", "");
    dealer.submit(dealer.open(verifyLink), "form[action$=/register/verify]", Map.of());
    executeJobs(instance);
    StaffRestClient agent = new StaffRestClient(baseUrl(), "agent", "agent");
    String task = agent.get("/engine-rest/task?processInstanceBusinessKey=" + reference).json().get(0).get("id")
        .asText();
    assertThat(agent.post("/engine-rest/task/" + task + "/complete",
        "{\"variables\": {\"approved\": {\"value\": true}}}").status()).isEqualTo(204);
    executeJobs(instance);

    DealerBrowser later = new DealerBrowser(baseUrl());
    later.submit(later.open("/login"), "main form", Map.of("userId", userId, "password", WRONG_PASSWORD));
    later.submit(later.open("/login"), "main form", Map.of("userId", userId, "password", FIRST_PASSWORD));
    assertThat(later.url()).endsWith("/account");
    Document changed = later.submit(later.open("/account/password"), "main form", Map.of("currentPassword",
        FIRST_PASSWORD, "password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD));
    assertThat(changed.text()).as("the password change went through").doesNotContain("not correct");
    String storedHash = jdbc().queryForObject("select password_hash from dealer_user where user_id = ?",
        String.class, userId);

    assertThat(log.getAll()).as("the captured log of the whole journey").contains(reference)
        .doesNotContain(FIRST_PASSWORD, WRONG_PASSWORD, NEW_PASSWORD, token, storedHash)
        .doesNotContain(ANSWERS)
        .doesNotContain("{bcrypt}");
  }

  private org.springframework.jdbc.core.JdbcTemplate jdbc() {
    return new org.springframework.jdbc.core.JdbcTemplate(
        processEngine.getProcessEngineConfiguration().getDataSource());
  }
}
