package io.dealeraccess.offboarding;

import io.dealeraccess.account.AccountNotice;
import io.dealeraccess.account.AccountService;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.account.DealershipAccounts;
import io.dealeraccess.account.DealerRole;
import io.dealeraccess.dealership.DealerMasterData;
import io.dealeraccess.dealership.DealershipService;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What inactive-dealership does to the records: lists a dealership's user IDs for the help desk, records the help
 * desk's decision on the dealership's timeline, and deactivates the IDs a batch at a time, each owner emailed once.
 */
@Service
@Transactional
public class DealershipOffboarding {

  /** How many IDs the help desk's task lists by name; the count is always whole. */
  static final int LISTED = 50;
  static final int BATCH = 100;
  static final String SYSTEM = "system";

  private final DealershipAccounts dealershipAccounts;
  private final AccountService accounts;
  private final DealershipService dealerships;
  private final DealerMasterData masterData;
  private final ApplicationEventPublisher notices;
  private volatile int batchSize = BATCH;

  DealershipOffboarding(DealershipAccounts dealershipAccounts, AccountService accounts,
      DealershipService dealerships, DealerMasterData masterData, ApplicationEventPublisher notices) {
    this.dealershipAccounts = dealershipAccounts;
    this.accounts = accounts;
    this.dealerships = dealerships;
    this.masterData = masterData;
    this.notices = notices;
  }

  /** Sets how many IDs a batch takes (a test runs small batches); returns the size before. */
  int batchSize(int size) {
    int before = batchSize;
    batchSize = size;
    return before;
  }

  /** The dealership's IDs as the help desk reads them. */
  record Listed(String dealershipName, long count, String list) {}

  Listed list(String pdn) {
    long count = dealershipAccounts.countNotDeactivated(pdn);
    List<AccountView> first = dealershipAccounts.notDeactivated(pdn, LISTED);
    String list = first.stream().map(account -> account.userId() + ": " + account.firstName() + " "
        + account.lastName() + ", " + DealerRole.labelOf(account.role()) + ", " + account.email()
        + (account.status() == io.dealeraccess.account.DealerUserStatus.INACTIVE ? " (inactive)" : ""))
        .collect(Collectors.joining("\n"));
    if (count > first.size()) {
      list += "\n… and " + (count - first.size()) + " more (all are deactivated)";
    }
    String name = dealerships.find(pdn).map(io.dealeraccess.dealership.Dealership::getName).orElse(pdn);
    masterData.event(pdn, SYSTEM, count == 0 ? "NO_USER_IDS" : "CONFIRMATION_REQUESTED", count == 0
        ? "No user ID to deactivate at the inactive dealership"
        : count + (count == 1 ? " user ID" : " user IDs") + " listed for the help desk to confirm their deactivation");
    return new Listed(name, count, list);
  }

  /** The help desk decided: on the dealership's timeline, with who decided and, for a no, why. */
  void decided(String pdn, boolean confirmed, String by, String reason) {
    masterData.event(pdn, by == null ? SYSTEM : by, confirmed ? "DEACTIVATION_CONFIRMED" : "DEACTIVATION_DECLINED",
        confirmed ? "Confirmed the deactivation of the dealership's user IDs"
            : "Did not deactivate the dealership's user IDs: " + reason);
  }

  /**
   * Deactivates up to one batch of the dealership's IDs, removes their applications and emails each owner after
   * this transaction commits (once, even if the batch is done again); returns how many, and whether more may be
   * left. Nothing is deactivated when the dealership is active again by now.
   */
  Batch deactivateBatch(String pdn, String processInstanceId) {
    if (dealerships.findActive(pdn).isPresent()) {
      masterData.event(pdn, SYSTEM, "DEACTIVATION_SKIPPED",
          "The dealership is active again: no user ID was deactivated");
      return new Batch(0, false);
    }
    List<AccountView> batch = dealershipAccounts.notDeactivated(pdn, batchSize);
    for (AccountView account : batch) {
      accounts.deactivate(account.userId());
      notices.publishEvent(new AccountNotice("dealership-deactivated:" + account.userId() + ":" + processInstanceId,
          account.userId(), "dealership-deactivated", List.of(account.email()), Map.of()));
    }
    if (!batch.isEmpty()) {
      masterData.event(pdn, SYSTEM, "USER_IDS_DEACTIVATED", "Deactivated " + batch.size()
          + (batch.size() == 1 ? " user ID" : " user IDs") + ", applications removed, owners emailed: "
          + batch.stream().map(AccountView::userId).collect(Collectors.joining(", ")));
    }
    return new Batch(batch.size(), batch.size() == batchSize);
  }

  record Batch(int count, boolean more) {}
}
