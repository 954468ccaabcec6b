package io.dealeraccess.inactivity;

import io.dealeraccess.account.AccountNotice;
import io.dealeraccess.account.AccountService;
import io.dealeraccess.account.AccountService.IdleAccount;
import io.dealeraccess.notification.MailService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 60-day inactivity lifecycle: an ID idle for 50 days is warned, one idle for 60 days or more becomes INACTIVE
 * and is told how to reactivate it. Idle time counts from the last login, or from activation for an ID that never
 * logged in. Each email is keyed by the ID and its last use, so a second run on the same day sends nothing twice;
 * each is recorded with the run's change and sent after it commits.
 */
@Service
@Transactional
public class InactivitySweep {

  private final AccountService accounts;
  private final MailService mail;
  private final ApplicationEventPublisher notices;
  private final Duration warnAfter;
  private final Duration inactiveAfter;

  InactivitySweep(AccountService accounts, MailService mail, ApplicationEventPublisher notices,
      @Value("${dealeraccess.inactivity.warn-after-days}") int warnAfterDays,
      @Value("${dealeraccess.inactivity.inactive-after-days}") int inactiveAfterDays) {
    this.accounts = accounts;
    this.mail = mail;
    this.notices = notices;
    this.warnAfter = Duration.ofDays(warnAfterDays);
    this.inactiveAfter = Duration.ofDays(inactiveAfterDays);
  }

  /** Warns IDs idle for 50 days or more but less than 60; returns those warned by this run. */
  public List<String> warnIdle() {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    List<String> warned = new ArrayList<>();
    for (IdleAccount idle : accounts.activeIdleSince(now.minus(warnAfter))) {
      AccountNotice warning = notice("idle-warning", idle);
      if (idle.lastUsedAt().isAfter(now.minus(inactiveAfter)) && !mail.wasSent(warning.key())) {
        // recorded with this run's transaction, sent after it commits (AccountMailer)
        notices.publishEvent(warning);
        warned.add(idle.account().userId());
      }
    }
    return warned;
  }

  /** Makes IDs idle for 60 days or more INACTIVE and tells them; returns the IDs made inactive. */
  public List<String> inactivateIdle() {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    List<String> inactivated = new ArrayList<>();
    for (IdleAccount idle : accounts.activeIdleSince(now.minus(inactiveAfter))) {
      accounts.markInactive(idle.account().userId());
      notices.publishEvent(notice("user-id-inactive", idle));
      inactivated.add(idle.account().userId());
    }
    return inactivated;
  }

  private static AccountNotice notice(String template, IdleAccount idle) {
    return new AccountNotice(template + ":" + idle.account().userId() + ":" + idle.lastUsedAt().getEpochSecond(),
        idle.account().userId(), template, List.of(idle.account().email()), Map.of());
  }
}
