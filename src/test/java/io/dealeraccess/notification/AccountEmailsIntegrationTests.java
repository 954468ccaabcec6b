package io.dealeraccess.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.StaffRestClient;
import io.dealeraccess.TestSmtp;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.account.ProfileService;
import io.dealeraccess.inactivity.InactivitySweep;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import io.dealeraccess.account.AccountNotice;
import io.dealeraccess.account.DealerUserStatus;
import io.dealeraccess.request.Applicant;
import io.dealeraccess.request.ReactivationSubmission;
import io.dealeraccess.request.RequestSubmissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * No account email is lost: recorded with the change it reports, sent after commit, and when SMTP is down sent again
 * later, exactly once (Spring Modulith's event publication registry).
 */
class AccountEmailsIntegrationTests extends IntegrationTestSupport {

  @Autowired
  private ProfileService profiles;
  @Autowired
  private InactivitySweep sweep;
  @Autowired
  private IncompleteEventPublications incomplete;
  @Autowired
  private JdbcTemplate jdbc;
  @Autowired
  private AccountMailer mailer;
  @Autowired
  private RequestSubmissions requests;

  private long pending() {
    return jdbc.queryForObject("select count(*) from event_publication where completion_date is null", Long.class);
  }

  private void warnEveryBatch() {
    for (int batch = 0; batch < 1_000 && sweep.warnIdle().more(); batch++) {
      // the next batch
    }
  }

  /** SMTP back: what the application does every minute, now. */
  private void sendPendingAgain() {
    incomplete.resubmitIncompletePublications(publication -> true);
  }

  @Test
  void aProfileChangeWhileSmtpIsDownIsEmailedOnceWhenItIsBack() {
    AccountView account = account("OFFICE_MANAGER", "SMARTCASH");
    long pendingBefore = pending();

    TestSmtp.down();
    try {
      profiles.editProfile(account.userId(), "Robin", "Changed", "555-999-0000");
    } finally {
      TestSmtp.up();
    }

    assertThat(accounts.find(account.userId()).orElseThrow().lastName()).as("the change stands").isEqualTo("Changed");
    assertThat(mailTo(account.email())).as("nothing sent while SMTP was down").isEmpty();
    assertThat(pending()).as("the email recorded, not lost").isEqualTo(pendingBefore + 1);

    String waiting = new StaffRestClient(baseUrl(), "admin", "admin").get("/staff/emails").body();
    assertThat(org.jsoup.Jsoup.parse(waiting).select("#pending tr:has(td)").eachText())
        .as("operators see it waiting, by kind and user ID").anyMatch(row -> row.contains("Your profile was changed")
            && row.endsWith(account.userId()));

    sendPendingAgain();
    sendPendingAgain();

    assertThat(org.jsoup.Jsoup.parse(new StaffRestClient(baseUrl(), "admin", "admin").get("/staff/emails").body())
        .select("#pending tr:has(td)").eachText()).as("no longer waiting").noneMatch(row -> row.endsWith(account.userId()));
    assertThat(mailTo(account.email())).as("sent once, and once only").hasSize(1);
    assertThat(subject(mailTo(account.email()).get(0))).isEqualTo("Your profile was changed");
    assertThat(pending()).isEqualTo(pendingBefore);
  }

  @Test
  void aSweepWarningWhileSmtpIsDownIsEmailedOnceWhenItIsBack() {
    AccountView account = account("OFFICE_MANAGER", "SMARTCASH");
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(52))));

    TestSmtp.down();
    try {
      warnEveryBatch();
    } finally {
      TestSmtp.up();
    }
    assertThat(mailTo(account.email())).isEmpty();

    sendPendingAgain();
    warnEveryBatch(); // the same day again: already warned
    sendPendingAgain();

    assertThat(mailTo(account.email())).as("one warning").hasSize(1);
    assertThat(subject(mailTo(account.email()).get(0))).contains("Log in within 10 days");
  }

  /**
   * A reactivation, a request process: its emails are jobs. SMTP down when it is received and again when it is
   * approved: each mail job fails and waits for its retry, the request waits at that email; SMTP back and the retry
   * due: the receipt once, then the approval once.
   */
  @Test
  void aReactivationWhileSmtpIsDownIsEmailedOnceWhenItIsBack() {
    AccountView account = account("OFFICE_MANAGER", "SMARTCASH");
    accounts.markInactive(account.userId());
    String instanceId;
    TestSmtp.down();
    try {
      String reference = requests.submitReactivation(new ReactivationSubmission("10001", account.userId(),
          new Applicant(account.firstName(), account.lastName(), account.email(), account.businessPhone(),
              account.role()))).reference();
      instanceId = instanceOf(reference).getId();
      runJobsWhileSmtpIsDown(instanceId);
    } finally {
      TestSmtp.up();
    }
    assertThat(mailTo(account.email())).as("nothing sent while SMTP was down").isEmpty();
    retriesDue(instanceId);
    assertThat(mailTo(account.email())).as("the receipt, once").hasSize(1);

    TestSmtp.down();
    try {
      taskService.complete(taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId(),
          Map.of("approved", true));
      runJobsWhileSmtpIsDown(instanceId);
    } finally {
      TestSmtp.up();
    }
    assertThat(accounts.find(account.userId()).orElseThrow().status()).as("the reactivation stands")
        .isEqualTo(DealerUserStatus.ACTIVE);
    assertThat(mailTo(account.email())).as("nothing more sent while SMTP was down").isEmpty();
    retriesDue(instanceId);
    retriesDue(instanceId);

    assertThat(mailTo(account.email())).extracting(message -> subject(message)).as("the approval, once")
        .singleElement().asString().contains("active again");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
  }

  /** The failed mail jobs' retries fall due (five minutes later) and run. */
  private void retriesDue(String instanceId) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(6))));
    executeJobs(instanceId);
  }

  /** Every due job of the instance once, each failing mail job left for its retry. */
  private void runJobsWhileSmtpIsDown(String instanceId) {
    for (int round = 0; round < 10; round++) {
      List<Job> jobs = managementService.createJobQuery().processInstanceId(instanceId).executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      for (Job job : jobs) {
        try {
          managementService.executeJob(job.getId());
        } catch (RuntimeException smtpDown) {
          // retried later
        }
      }
    }
  }

  /**
   * Two nodes sending the same pending email at the same moment (each node's minute of resending, or a resend
   * beside the first send): it goes out once. Eight senders at once per email, for ten emails.
   */
  @Test
  void theSameEmailSentByTwoNodesAtOnceGoesOutOnce() throws Exception {
    AccountView account = account("OFFICE_MANAGER", "SMARTCASH");
    int senders = 8;
    ExecutorService nodes = Executors.newFixedThreadPool(senders);
    try {
      for (int email = 0; email < 10; email++) {
        AccountNotice notice = new AccountNotice("profile-changed:" + java.util.UUID.randomUUID(), account.userId(),
            "profile-changed", List.of(account.email()), Map.of("changed", "your name"));
        CyclicBarrier together = new CyclicBarrier(senders);
        List<Future<Boolean>> sent = new ArrayList<>();
        for (int node = 0; node < senders; node++) {
          sent.add(nodes.submit(() -> {
            together.await();
            return mailer.deliver(notice);
          }));
        }
        int sentBy = 0;
        for (Future<Boolean> each : sent) {
          sentBy += each.get() ? 1 : 0;
        }
        assertThat(sentBy).as("one sender sends email %d, the others find it sent", email).isEqualTo(1);
      }
    } finally {
      nodes.shutdownNow();
    }
    assertThat(mailTo(account.email())).as("ten emails, each once").hasSize(10);
  }
}
