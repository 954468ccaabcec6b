package io.dealeraccess.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
          user.recordLogin(now);
        }));
  }

  /** Every application the ID holds, by code (as {@link AccountView#applicationCodes()}), with its last sign-in. */
  public List<LastUse> of(String userId) {
    Map<String, PortalApplication> byCode = catalog.all().stream()
        .collect(Collectors.toMap(PortalApplication::getCode, Function.identity()));
    return users.findByUserId(AccountService.normalizeUserId(userId))
        .map(user -> grants.findByDealerUserId(user.getId()).stream()
            .sorted(Comparator.comparing(ApplicationGrant::getApplicationCode))
            .map(grant -> new LastUse(grant.getApplicationCode(),
                byCode.containsKey(grant.getApplicationCode()) ? byCode.get(grant.getApplicationCode()).getName()
                    : grant.getApplicationCode(), grant.getLastUsedAt()))
            .toList())
        .orElse(List.of());
  }
}
