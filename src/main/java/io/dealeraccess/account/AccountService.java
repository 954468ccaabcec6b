package io.dealeraccess.account;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Dealer user IDs and their application grants: the only way other features read or change them. */
@Service
@Transactional(readOnly = true)
public class AccountService {

  private final DealerUserRepository users;
  private final ApplicationGrantRepository grants;

  AccountService(DealerUserRepository users, ApplicationGrantRepository grants) {
    this.users = users;
    this.grants = grants;
  }

  /** User IDs are not case-sensitive: they are kept in lower case. */
  public static String normalizeUserId(String userId) {
    return userId == null ? null : userId.strip().toLowerCase(Locale.ROOT);
  }

  public boolean isUserIdTaken(String userId) {
    return users.existsByUserId(normalizeUserId(userId));
  }

  /** One user ID per person per PDN: a deactivated ID does not count. */
  public boolean hasUserIdAtDealership(String email, String pdn) {
    return users.existsByEmailAndPdnAndStatusNot(email, pdn, DealerUserStatus.DEACTIVATED);
  }

  public Optional<AccountView> find(String userId) {
    return users.findByUserId(normalizeUserId(userId)).map(this::view);
  }

  /**
   * Opens the user ID with its grants. Running it again for the same request returns the same account, so a retried
   * provisioning job never creates a second one.
   */
  @Transactional
  public AccountView provision(NewAccount account) {
    Optional<DealerUser> existing = users.findByUserId(normalizeUserId(account.userId()));
    if (existing.isPresent()) {
      DealerUser user = existing.get();
      if (account.requestId() != null && account.requestId().equals(user.getCreatedByRequestId())) {
        return view(user);
      }
      throw new AccountConflictException("User ID " + account.userId() + " is already taken");
    }
    if (hasUserIdAtDealership(account.email(), account.pdn())) {
      throw new AccountConflictException("This person already has a user ID at PDN " + account.pdn());
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    DealerUser user = users.save(new DealerUser(normalizeUserId(account.userId()), account.pdn(),
        account.firstName(), account.lastName(), account.email(), account.businessPhone(), account.role(),
        account.passwordHash(), account.securityAnswers(), now, account.requestId()));
    for (String code : account.applications()) {
      grants.save(new ApplicationGrant(user.getId(), code, now, account.requestId()));
    }
    return view(user);
  }

  @Transactional
  public void recordLogin(String userId) {
    users.findByUserId(normalizeUserId(userId))
        .ifPresent(user -> user.recordLogin(ClockUtil.getCurrentTime().toInstant()));
  }

  /** For demo data only: an account with a chosen status and last login. */
  @Transactional
  public void createDemoAccount(NewAccount account, DealerUserStatus status, Instant lastLoginAt) {
    if (users.existsByUserId(normalizeUserId(account.userId()))) {
      return;
    }
    provision(account);
    DealerUser user = users.findByUserId(normalizeUserId(account.userId())).orElseThrow();
    user.setLastLoginAt(lastLoginAt);
    if (status == DealerUserStatus.INACTIVE) {
      user.markInactive();
    }
  }

  private AccountView view(DealerUser user) {
    List<String> codes = grants.findByDealerUserId(user.getId()).stream()
        .map(ApplicationGrant::getApplicationCode).sorted().toList();
    return new AccountView(user.getUserId(), user.getPdn(), user.getFirstName(), user.getLastName(),
        user.getEmail(), user.getBusinessPhone(), user.getRole(), user.getStatus(), user.getLastLoginAt(), codes);
  }
}
