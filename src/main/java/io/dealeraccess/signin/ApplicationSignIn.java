package io.dealeraccess.signin;

import io.dealeraccess.account.AccountService;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.account.ApplicationCatalog;
import io.dealeraccess.account.ApplicationUses;
import io.dealeraccess.account.DealerRole;
import io.dealeraccess.account.PortalApplication;
import io.dealeraccess.dealership.Dealership;
import io.dealeraccess.dealership.DealershipService;
import io.dealeraccess.web.DealerLogin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Who may sign in to which application, what the application learns, and the use it counts: the one place the
 * authorization page (a dealer's browser) and every token issued (a code exchanged, a refresh) both ask.
 */
@Service
public class ApplicationSignIn {

  private final AccountService accounts;
  private final ApplicationCatalog catalog;
  private final ApplicationUses uses;
  private final DealershipService dealerships;

  ApplicationSignIn(AccountService accounts, ApplicationCatalog catalog, ApplicationUses uses,
      DealershipService dealerships) {
    this.accounts = accounts;
    this.catalog = catalog;
    this.uses = uses;
    this.dealerships = dealerships;
  }

  /** Why the user ID may not sign in to the client's application. */
  public record Refusal(String applicationName, boolean noAccess, String message) {}

  /** The catalog application a client signs dealers in to ({@code client_id} = its code in lower case). */
  public Optional<PortalApplication> application(String clientId) {
    return catalog.all().stream().filter(app -> app.getCode().toLowerCase(Locale.ROOT).equals(clientId)).findFirst();
  }

  /**
   * Empty when the ID may sign in to the application now: it exists, may log in (not inactive, deactivated or locked
   * for a deactivation) and holds the application.
   */
  public Optional<Refusal> refusal(String userId, String clientId) {
    Optional<PortalApplication> application = application(clientId);
    String name = application.map(PortalApplication::getName).orElse(clientId);
    Optional<AccountView> account = accounts.find(userId);
    if (account.isEmpty() || application.isEmpty()) {
      return Optional.of(new Refusal(name, true, "This user ID cannot sign in to " + name + "."));
    }
    // a lockout after failed logins refuses the login itself (web/DealerLogin), not what the dealer is already
    // signed in to: anyone can cause one by typing wrong passwords
    String status = DealerLogin.refusal(account.get().status(), account.get().pendingDeactivation(), false);
    if (status != null) {
      return Optional.of(new Refusal(name, false, status));
    }
    if (!account.get().applicationCodes().contains(application.get().getCode())) {
      return Optional.of(new Refusal(name, true, "Your user ID does not have access to " + name + "."));
    }
    return Optional.empty();
  }

  /** What the application learns about the dealer (beyond {@code sub}, the user ID): see the README. */
  public Map<String, Object> claims(String userId) {
    AccountView account = accounts.find(userId).orElseThrow();
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("pdn", account.pdn());
    claims.put("dealership_name", dealerships.find(account.pdn()).map(Dealership::getName).orElse(account.pdn()));
    claims.put("role", account.role());
    claims.put("role_name", DealerRole.labelOf(account.role()));
    // a plain list: the authorization keeps the claims as JSON, and reads back only types Spring Security allows
    claims.put("applications", new ArrayList<>(account.applicationCodes()));
    claims.put("email", account.email());
    claims.put("given_name", account.firstName());
    claims.put("family_name", account.lastName());
    claims.put("name", account.fullName());
    return claims;
  }

  /** A sign-in to the application: use of the ID. */
  public void recordUse(String userId, String clientId) {
    application(clientId).ifPresent(app -> uses.record(userId, app.getCode()));
  }
}
