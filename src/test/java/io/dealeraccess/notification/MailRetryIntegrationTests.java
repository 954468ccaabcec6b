package io.dealeraccess.notification;

import io.dealeraccess.account.ChallengeAnswer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.account.SecurityQuestion;
import io.dealeraccess.request.NewUserIdSubmission;
import io.dealeraccess.request.RequestService;
import io.dealeraccess.request.UserIdRequest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Mail is sent once per process step: SMTP outages are retried, and a retry never sends twice. */
class MailRetryIntegrationTests extends IntegrationTestSupport {

  @Autowired
  private RequestService requests;
  @Autowired
  private MailService mail;

  private UserIdRequest submit() {
    String userId = uniqueUserId();
    return requests.submitNewUserId(new NewUserIdSubmission("10001", "Sam", "Sender", userId + "@dealer.example",
        "555-123-4567", "OWNER", userId, "Correct-Horse-Staple-9",
        List.of(new ChallengeAnswer(SecurityQuestion.FIRST_PET, "Rex"),
            new ChallengeAnswer(SecurityQuestion.BIRTH_CITY, "Boston"),
            new ChallengeAnswer(SecurityQuestion.FIRST_CAR, "Ford")),
        List.of()));
  }

  @Test
  void whenSmtpIsDownTheMailJobFailsAndSendsOnceWhenRetried() {
    UserIdRequest request = submit();
    String instanceId = instanceOf(request.getReference()).getId();
    Job job = managementService.createJobQuery().processInstanceId(instanceId).singleResult();

    greenMail.stop();
    try {
      assertThatThrownBy(() -> managementService.executeJob(job.getId())).isInstanceOf(Exception.class);
    } finally {
      greenMail.start();
    }
    Job failed = managementService.createJobQuery().jobId(job.getId()).singleResult();
    assertThat(failed.getRetries()).as("retries left after one failure").isEqualTo(2);
    assertThat(failed.getExceptionMessage()).isNotBlank();
    assertThat(mail.sentFor(request.getId())).isEmpty();

    managementService.executeJob(job.getId());

    assertThat(mailTo(request.getEmail())).hasSize(1);
    assertThat(mail.sentFor(request.getId())).extracting(SentEmail::getTemplate).containsExactly("verify-email");
  }

  @Test
  void aSecondSendForTheSameStepIsSkipped() {
    UserIdRequest request = submit();
    Map<String, Object> model = Map.of("reference", request.getReference(), "firstName", "Sam", "userId",
        request.getUserId(), "dealershipName", "Riverside Motors", "requestType", "New user ID",
        "helpDeskPhone", "1", "lenderName", "Lender", "portalName", "Portal", "pdn", "10001", "applications", List.of());

    mail.send("test:" + request.getReference(), request.getId(), "request-received", List.of(request.getEmail()),
        model);
    mail.send("test:" + request.getReference(), request.getId(), "request-received", List.of(request.getEmail()),
        model);

    assertThat(mailTo(request.getEmail())).hasSize(1);
    assertThat(mail.sentFor(request.getId())).hasSize(1);
  }
}
