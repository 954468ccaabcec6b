package io.dealeraccess.inactivity;

import io.dealeraccess.DealerAccessProperties;
import io.dealeraccess.account.AccountNotice;
import io.dealeraccess.account.AccountService;
import io.dealeraccess.account.IdleAccounts;
import io.dealeraccess.account.IdleAccounts.IdleAccount;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 60-day inactivity lifecycle: an ID idle for 50 days is warned, one idle for 60 days or more becomes INACTIVE
 * and is told how to reactivate it. Idle time counts from the last login, or from activation for an ID that never
 * logged in. A run works in batches, each its own job and transaction (the process loops until a batch comes back
 * short), so no job runs long and a node that dies mid-run leaves only its batch to be done again. An ID warned is
 * marked with the last use the warning was about, and each email is keyed by the ID and that last use, so a batch
 * done again or a second run on the same day sends nothing twice; each email is recorded with the batch and sent
 * after it commits.
 */
@Service
@Transactional
public class InactivitySweep {

  private final AccountService accounts;
  private final IdleAccounts idleAccounts;
  private final ApplicationEventPublisher notices;
  private final Duration warnAfter;
  private final Duration inactiveAfter;
  private volatile int batchSize;
  private final Clock clock;

  InactivitySweep(AccountService accounts, IdleAccounts idleAccounts, ApplicationEventPublisher notices,
      DealerAccessProperties properties, Clock clock) {
    this.accounts = accounts;
    this.idleAccounts = idleAccounts;
    this.notices = notices;
    this.warnAfter = Duration.ofDays(properties.inactivity().warnAfterDays());
    this.inactiveAfter = Duration.ofDays(properties.inactivity().inactiveAfterDays());
    this.batchSize = properties.inactivity().batchSize();
    this.clock = clock;
  }

  /** Sets how many IDs a batch takes (a test runs small batches); returns the size before. */
  int batchSize(int size) {
    int before = batchSize;
    batchSize = size;
    return before;
  }

  /** One batch of a run: how many IDs it changed, and whether more may be left. */
  public record Batch(int count, boolean more) {}

  /**
   * Warns up to one batch of IDs idle for 50 days or more but less than 60, not warned yet for that idle period.
   * Each warning is recorded with the mark in this transaction and sent after it commits.
   */
  public Batch warnIdle() {
    Instant now = clock.instant();
    List<IdleAccount> batch = idleAccounts.toWarn(now.minus(warnAfter), now.minus(inactiveAfter), batchSize);
    for (IdleAccount idle : batch) {
      idleAccounts.warnedIdle(idle.account().userId(), idle.lastUsedAt());
      notices.publishEvent(notice("idle-warning", idle));
    }
    return new Batch(batch.size(), batch.size() == batchSize);
  }

  /** Makes up to one batch of IDs idle for 60 days or more INACTIVE and tells them, after this transaction commits. */
  public Batch inactivateIdle() {
    Instant now = clock.instant();
    List<IdleAccount> batch = idleAccounts.activeIdleSince(now.minus(inactiveAfter), batchSize);
    for (IdleAccount idle : batch) {
      accounts.markInactive(idle.account().userId());
      notices.publishEvent(notice("user-id-inactive", idle));
    }
    return new Batch(batch.size(), batch.size() == batchSize);
  }

  private static AccountNotice notice(String template, IdleAccount idle) {
    return new AccountNotice(template + ":" + idle.account().userId() + ":" + idle.lastUsedAt().getEpochSecond(),
        idle.account().userId(), template, List.of(idle.account().email()), Map.of());
  }
}
