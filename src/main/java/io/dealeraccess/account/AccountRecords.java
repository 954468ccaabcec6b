package io.dealeraccess.account;

import java.util.List;
import org.springframework.stereotype.Component;

/** The account services' shared reads: a user ID's row, and the view other features get of it. */
@Component
class AccountRecords {

  private final DealerUserRepository users;
  private final ApplicationGrantRepository grants;

  AccountRecords(DealerUserRepository users, ApplicationGrantRepository grants) {
    this.users = users;
    this.grants = grants;
  }

  DealerUser entity(String userId) {
    return users.findByUserId(AccountService.normalizeUserId(userId))
        .orElseThrow(() -> new IllegalArgumentException("No user ID " + userId));
  }

  AccountView view(DealerUser user) {
    List<String> codes = grants.findByDealerUserId(user.getId()).stream()
        .map(ApplicationGrant::getApplicationCode).sorted().toList();
    return new AccountView(user.getUserId(), user.getPdn(), user.getFirstName(), user.getLastName(),
        user.getEmail(), user.getBusinessPhone(), user.getRole(), user.getStatus(), user.isPendingDeactivation(),
        user.getLastLoginAt(), codes, user.getPendingEmail(), user.getHelpdeskQuestion());
  }
}
