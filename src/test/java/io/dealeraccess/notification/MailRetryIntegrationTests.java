package io.dealeraccess.notification;

import io.dealeraccess.account.ChallengeAnswer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.TestSmtp;
import io.dealeraccess.account.SecurityQuestion;
import io.dealeraccess.request.NewUserIdSubmission;
import io.dealeraccess.request.RequestSubmissions;
import io.dealeraccess.request.RequestView;
import io.dealeraccess.request.RequestView;
import io.dealeraccess.StaffRestClient;
import io.dealeraccess.web.DealerBrowser;
import io.dealeraccess.web.DealerForms;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Mail is sent once per process step: SMTP outages are retried, and a retry never sends twice. */
class MailRetryIntegrationTests extends IntegrationTestSupport {

  @Autowired
  private RequestSubmissions requests;
  @Autowired
  private MailService mail;

  private RequestView submit() {
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
    RequestView request = submit();
    String instanceId = instanceOf(request.reference()).getId();
    Job job = managementService.createJobQuery().processInstanceId(instanceId).singleResult();

    TestSmtp.down();
    try {
      assertThatThrownBy(() -> managementService.executeJob(job.getId())).isInstanceOf(Exception.class);
    } finally {
      TestSmtp.up();
    }
    Job failed = managementService.createJobQuery().jobId(job.getId()).singleResult();
    assertThat(failed.getRetries()).as("retries left after one failure").isEqualTo(2);
    assertThat(failed.getExceptionMessage()).isNotBlank();
    assertThat(mail.sentFor(request.id())).isEmpty();

    managementService.executeJob(job.getId());

    assertThat(mailTo(request.email())).hasSize(1);
    assertThat(mail.sentFor(request.id())).extracting(SentEmail::getTemplate).containsExactly("verify-email");
  }

  /**
   * SMTP down for the whole retry cycle: the dealer's request still goes through; the mail job retries three times,
   * five minutes apart (R3/PT5M); then an incident shows in Cockpit; when SMTP is back and the help desk retries the
   * job as Cockpit does (through the REST API), exactly one email goes out and the incident is gone.
   */
  @Test
  void smtpDownThroughEveryRetryRaisesAnIncidentAndTheRetryAfterwardsSendsExactlyOneEmail() {
    String userId = uniqueUserId();
    TestSmtp.down();
    String instanceId;
    Job job;
    try {
      DealerBrowser dealer = new DealerBrowser(baseUrl());
      Document confirmation = dealer.submit(dealer.open("/register/details?pdn=10001"), "main form",
          DealerForms.registration(userId));
      String reference = confirmation.getElementById("reference").text();
      instanceId = instanceOf(reference).getId();
      job = managementService.createJobQuery().processInstanceId(instanceId).singleResult();

      for (int retriesLeft = 2; retriesLeft >= 0; retriesLeft--) {
        String jobId = job.getId();
        assertThatThrownBy(() -> managementService.executeJob(jobId)).isInstanceOf(Exception.class);
        job = managementService.createJobQuery().jobId(jobId).singleResult();
        assertThat(job.getRetries()).isEqualTo(retriesLeft);
        if (retriesLeft > 0) {
          assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), job.getDuedate().toInstant()))
              .as("the next try five minutes later").isBetween(Duration.ofMinutes(4), Duration.ofMinutes(5));
          ClockUtil.setCurrentTime(job.getDuedate());
        }
      }
    } finally {
      TestSmtp.up();
    }
    StaffRestClient admin = new StaffRestClient(baseUrl(), "admin", "admin");
    StaffRestClient.Response incidents = admin.get("/engine-rest/incident?processInstanceId=" + instanceId);
    assertThat(incidents.json().findValuesAsText("incidentType")).as("what Cockpit lists").containsExactly("failedJob");
    assertThat(mailTo(userId + "@riverside.example")).isEmpty();

    // Cockpit's "increment number of retries"
    assertThat(admin.put("/engine-rest/job/" + job.getId() + "/retries", "{\"retries\": 1}").status())
        .isEqualTo(204);
    managementService.executeJob(job.getId());

    assertThat(mailTo(userId + "@riverside.example")).hasSize(1);
    assertThat(admin.get("/engine-rest/incident?processInstanceId=" + instanceId).json()).isEmpty();
    assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult()).as("the job is done").isNull();
  }

  @Test
  void aSecondSendForTheSameStepIsSkipped() {
    RequestView request = submit();
    Map<String, Object> model = receiptModel(request);

    mail.send("test:" + request.reference(), request.id(), "request-received", List.of(request.email()),
        model);
    mail.send("test:" + request.reference(), request.id(), "request-received", List.of(request.email()),
        model);

    assertThat(mailTo(request.email())).hasSize(1);
    assertThat(mail.sentFor(request.id())).hasSize(1);
  }

  @Test
  void anEmailCarriesTheMessageIdOfItsStepSoAResendAfterACrashIsRecognisable() throws Exception {
    RequestView request = submit();
    Map<String, Object> model = receiptModel(request);

    mail.send("step:" + request.reference(), request.id(), "request-received", List.of(request.email()),
        model);

    String expected = "<" + MailService.messageIdOf("step:" + request.reference()) + "@dealeraccess.example>";
    assertThat(expected).matches("<step\\.[0-9a-f]{32}@dealeraccess\\.example>");
    assertThat(mailTo(request.email())).singleElement()
        .satisfies(message -> assertThat(message.getMessageID()).isEqualTo(expected));
  }

  private static Map<String, Object> receiptModel(RequestView request) {
    return Map.of("reference", request.reference(), "firstName", "Sam", "userId", request.userId(),
        "dealershipName", "Riverside Motors", "requestType", "New user ID", "helpDeskPhone", "1", "lenderName",
        "Lender", "portalName", "Portal", "pdn", "10001", "applications", List.of());
  }
}
