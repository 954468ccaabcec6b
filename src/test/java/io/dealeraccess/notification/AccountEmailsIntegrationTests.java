package io.dealeraccess.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.TestSmtp;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.account.ProfileService;
import io.dealeraccess.inactivity.InactivitySweep;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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

    sendPendingAgain();
    sendPendingAgain();

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
}
