package io.dealeraccess.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dealer user IDs and their application grants: the only way other features read or change them (with
 * {@link IdleAccounts} for the 60-day rule and {@link ReactivationAnswers} for the reactivation's question). Provisioning
 * (open, grant, revoke, reactivate, deactivate) is idempotent, so a retried job changes nothing twice.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

  private final DealerUserRepository users;
  private final ApplicationGrantRepository grants;
  private final AccountRecords records;
  private final Secrets secrets;
  private final ApplicationEventPublisher events;
  private final ApplicationEligibility eligibility;
  private final Clock clock;

  AccountService(DealerUserRepository users, ApplicationGrantRepository grants, AccountRecords records,
      Secrets secrets, ApplicationEventPublisher events, ApplicationEligibility eligibility, Clock clock) {
    this.users = users;
    this.grants = grants;
    this.records = records;
    this.secrets = secrets;
    this.events = events;
    this.eligibility = eligibility;
    this.clock = clock;
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

  /** The user ID if it belongs to the dealership with this PDN; otherwise nothing, as if it did not exist. */
  public Optional<AccountView> findAtDealership(String userId, String pdn) {
    return find(userId).filter(account -> account.pdn().equals(pdn));
  }

  /**
   * Opens the user ID with its grants. Running it again for the same request returns the same account, so a retried
   * provisioning job never creates a second one.
   */
  @Transactional
  public AccountView provision(NewAccount account) {
    return view(open(account, null));
  }

  /**
   * {@link #provision}'s rows, last used at {@code lastUsedAt} when not null, as the entity: an import of 100,000
   * IDs reads nothing back.
   */
  DealerUser open(NewAccount account, Instant lastUsedAt) {
    Optional<DealerUser> existing = users.findByUserId(normalizeUserId(account.userId()));
    if (existing.isPresent()) {
      DealerUser user = existing.get();
      if (account.requestId() != null && account.requestId().equals(user.getCreatedByRequestId())) {
        return user;
      }
      throw new AccountConflictException("User ID " + account.userId() + " is already taken");
    }
    if (hasUserIdAtDealership(account.email(), account.pdn())) {
      throw new AccountConflictException("This person already has a user ID at PDN " + account.pdn());
    }
    DealerUser user = new DealerUser(normalizeUserId(account.userId()), account.pdn(), account.firstName(),
        account.lastName(), account.email(), account.businessPhone(), account.role(), account.passwordHash(),
        account.securityAnswers(), now(), account.requestId());
    if (lastUsedAt != null) {
      user.setLastLoginAt(lastUsedAt);
    }
    users.save(user);
    Instant now = now();
    // a new ID holds nothing yet
    account.applications().stream().distinct()
        .forEach(code -> grants.save(new ApplicationGrant(user.getId(), code, now, account.requestId())));
    return user;
  }

  /** Grants applications the ID does not hold yet. */
  @Transactional
  public AccountView grant(String userId, Collection<String> applications, Long requestId) {
    DealerUser user = entity(userId);
    grantAll(user, applications, requestId);
    return view(user);
  }

  /** Removes applications; those the ID does not hold are ignored. */
  @Transactional
  public AccountView revoke(String userId, Collection<String> applications) {
    DealerUser user = entity(userId);
    removeGrants(user, grant -> applications.contains(grant.getApplicationCode()));
    return view(user);
  }

  /** ACTIVE again; the old password stops working until the owner sets a new one by the emailed link. */
  @Transactional
  public AccountView reactivate(String userId) {
    DealerUser user = entity(userId);
    if (user.getStatus() == DealerUserStatus.INACTIVE) {
      user.reactivate(now(), secrets.noPasswordYet());
    }
    return view(user);
  }

  /** DEACTIVATED for good, every application removed. */
  @Transactional
  public AccountView deactivate(String userId) {
    DealerUser user = entity(userId);
    user.deactivate();
    removeGrants(user, grant -> true);
    events.publishEvent(new SignInsEnded(user.getUserId()));
    return view(user);
  }

  /** Not used for 60 days or more: the ID can no longer log in until a reactivation request is approved. */
  @Transactional
  public void markInactive(String userId) {
    DealerUser user = entity(userId);
    if (user.getStatus() == DealerUserStatus.ACTIVE) {
      user.markInactive();
      events.publishEvent(new SignInsEnded(user.getUserId()));
    }
  }

  /** A deactivation request locks the ID at once. */
  @Transactional
  public void lockForDeactivation(String userId) {
    lockForDeactivation(userId, false);
  }

  /**
   * As {@link #lockForDeactivation(String)}; {@code keepCurrentSession} when the owner asked in this session, so that
   * they still see the confirmation of what they asked for.
   */
  @Transactional
  public void lockForDeactivation(String userId, boolean keepCurrentSession) {
    DealerUser user = entity(userId);
    user.lockForDeactivation();
    events.publishEvent(new SignInsEnded(user.getUserId(), keepCurrentSession));
  }

  @Transactional
  public void liftDeactivationLock(String userId) {
    entity(userId).liftDeactivationLock();
  }

  /**
   * The role the help desk verified (a role change request was approved). The role decides which applications the
   * ID may hold: those the new role may not hold are removed with it, never left behind.
   */
  @Transactional
  public AccountView changeRole(String userId, String role) {
    DealerUser user = entity(userId);
    user.changeRole(role);
    removeGrants(user, grant -> !eligibility.isEligible(role, grant.getApplicationCode()));
    return view(user);
  }

  @Transactional
  public void changePassword(String userId, String rawPassword) {
    DealerUser user = entity(userId);
    user.changePassword(secrets.hashPassword(rawPassword));
    events.publishEvent(new SignInsEnded(user.getUserId()));
  }

  @Transactional
  public void recordLogin(String userId) {
    users.findByUserId(normalizeUserId(userId)).ifPresent(user -> user.recordLogin(now()));
  }

  /** For demo data only: an account with a chosen status and last login. */
  @Transactional
  public void createDemoAccount(NewAccount account, DealerUserStatus status, Instant lastLoginAt) {
    if (users.existsByUserId(normalizeUserId(account.userId()))) {
      return;
    }
    provision(account);
    DealerUser user = entity(account.userId());
    user.setLastLoginAt(lastLoginAt);
    if (status == DealerUserStatus.INACTIVE) {
      user.markInactive();
    }
  }

  /** The current password hash, which signs set-password links so that each works once. */
  String passwordHash(String userId) {
    return entity(userId).getPasswordHash();
  }

  private void grantAll(DealerUser user, Collection<String> applications, Long requestId) {
    Set<String> held = grants.findByDealerUserId(user.getId()).stream().map(ApplicationGrant::getApplicationCode)
        .collect(Collectors.toSet());
    Instant now = now();
    for (String code : applications) {
      if (held.add(code)) {
        grants.save(new ApplicationGrant(user.getId(), code, now, requestId));
      }
    }
  }

  /** Removes grants, and says which: the ID's sign-ins to those applications end with them. */
  private void removeGrants(DealerUser user, java.util.function.Predicate<ApplicationGrant> which) {
    List<ApplicationGrant> removed = grants.findByDealerUserId(user.getId()).stream().filter(which).toList();
    grants.deleteAll(removed);
    if (!removed.isEmpty()) {
      events.publishEvent(new ApplicationAccessEnded(user.getUserId(),
          removed.stream().map(ApplicationGrant::getApplicationCode).collect(Collectors.toSet())));
    }
  }

  private DealerUser entity(String userId) {
    return records.entity(userId);
  }

  private AccountView view(DealerUser user) {
    return records.view(user);
  }

  private Instant now() {
    return clock.instant();
  }
}
