package io.dealeraccess.account;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The 60-day rule's reads: which active IDs have not been used, and which were warned. */
@Service
@Transactional(readOnly = true)
public class IdleAccounts {

  private final DealerUserRepository users;
  private final AccountRecords records;

  IdleAccounts(DealerUserRepository users, AccountRecords records) {
    this.users = users;
    this.records = records;
  }

  /** An active ID and the last time it was used. */
  public record IdleAccount(AccountView account, Instant lastUsedAt) {}

  /**
   * Up to {@code limit} active IDs not used since {@code cutoff} (never logged in: counted from activation), with when
   * they last were.
   */
  public List<IdleAccount> activeIdleSince(Instant cutoff, int limit) {
    return idle(users.findActiveIdleSince(cutoff, PageRequest.of(0, limit)));
  }

  /** Up to {@code limit} active IDs idle since {@code warnCutoff} but not {@code inactiveCutoff}, not yet warned. */
  public List<IdleAccount> toWarn(Instant warnCutoff, Instant inactiveCutoff, int limit) {
    return idle(users.findToWarn(warnCutoff, inactiveCutoff, PageRequest.of(0, limit)));
  }

  /** The ID was warned about its idle period since {@code lastUsedAt}. */
  @Transactional
  public void warnedIdle(String userId, Instant lastUsedAt) {
    records.entity(userId).warnedIdle(lastUsedAt);
  }

  private List<IdleAccount> idle(List<DealerUser> found) {
    return found.stream().map(user -> new IdleAccount(records.view(user),
        user.getLastLoginAt() != null ? user.getLastLoginAt() : user.getActivatedAt())).toList();
  }
}
