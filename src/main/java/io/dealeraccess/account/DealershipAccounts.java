package io.dealeraccess.account;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The user IDs of one dealership (PDN) that still count: not deactivated. */
@Service
@Transactional(readOnly = true)
public class DealershipAccounts {

  private final DealerUserRepository users;
  private final AccountRecords records;

  DealershipAccounts(DealerUserRepository users, AccountRecords records) {
    this.users = users;
    this.records = records;
  }

  /** Up to {@code limit} IDs at the PDN that are not deactivated (active or inactive), in user ID order. */
  public List<AccountView> notDeactivated(String pdn, int limit) {
    return users.findNotDeactivatedAt(pdn, PageRequest.of(0, limit)).stream().map(records::view).toList();
  }

  public long countNotDeactivated(String pdn) {
    return users.countNotDeactivatedAt(pdn);
  }
}
