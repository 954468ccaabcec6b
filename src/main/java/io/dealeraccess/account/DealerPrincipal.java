package io.dealeraccess.account;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A logged-in dealer, with what the login needs to refuse (after the password check) and explain. */
public class DealerPrincipal extends User {

  private final DealerUserStatus status;
  private final boolean pendingDeactivation;

  public DealerPrincipal(String userId, String passwordHash, DealerUserStatus status, boolean pendingDeactivation) {
    super(userId, passwordHash, List.of(new SimpleGrantedAuthority("ROLE_" + DealerUserDetailsService.DEALER_ROLE)));
    this.status = status;
    this.pendingDeactivation = pendingDeactivation;
  }

  public DealerUserStatus status() {
    return status;
  }

  public boolean pendingDeactivation() {
    return pendingDeactivation;
  }
}
