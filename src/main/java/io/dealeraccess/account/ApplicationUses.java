package io.dealeraccess.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a user ID last signed in to each application it holds. A sign-in to an application is use of the ID: it
 * restarts the 60-day clock ({@link IdleAccounts}) as a login to My Profile does.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationUses {

  private final DealerUserRepository users;
  private final ApplicationGrantRepository grants;
  private final ApplicationCatalog catalog;
  private final Clock clock;

  ApplicationUses(DealerUserRepository users, ApplicationGrantRepository grants, ApplicationCatalog catalog,
      Clock clock) {
    this.users = users;
    this.grants = grants;
    this.catalog = catalog;
    this.clock = clock;
  }

  /** One application the ID holds, and its last sign-in ({@code null}: never). */
  public record LastUse(String applicationCode, String applicationName, Instant lastUsedAt) {}

  /** The ID signed in to the application now: counted only while it holds it. */
  @Transactional
  public void record(String userId, String applicationCode) {
    users.findByUserId(AccountService.normalizeUserId(userId)).ifPresent(user -> grants
        .findByDealerUserIdAndApplicationCode(user.getId(), applicationCode).ifPresent(grant -> {
          Instant now = clock.instant();
          grant.recordUse(now);
          users.recordUse(user.getId(), now);
        }));
  }

  /** Every application the ID holds, by code (as {@link AccountView#applicationCodes()}), with its last sign-in. */
  public List<LastUse> of(String userId) {
    List<ApplicationGrant> held = users.findByUserId(AccountService.normalizeUserId(userId))
        .map(user -> grants.findByDealerUserId(user.getId()).stream()
            .sorted(Comparator.comparing(ApplicationGrant::getApplicationCode)).toList())
        .orElse(List.of());
    List<String> names = catalog.names(held.stream().map(ApplicationGrant::getApplicationCode).toList());
    return java.util.stream.IntStream.range(0, held.size())
        .mapToObj(i -> new LastUse(held.get(i).getApplicationCode(), names.get(i), held.get(i).getLastUsedAt()))
        .toList();
  }
}
