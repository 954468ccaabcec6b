package io.dealeraccess.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Dealer login by user ID; the status is checked after the password (see the web layer). */
@Service
public class DealerUserDetailsService implements UserDetailsService {

  public static final String DEALER_ROLE = "DEALER";

  private final DealerUserRepository users;

  DealerUserDetailsService(DealerUserRepository users) {
    this.users = users;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String username) {
    DealerUser user = users.findByUserId(AccountService.normalizeUserId(username))
        .orElseThrow(() -> new UsernameNotFoundException("No such user ID"));
    return new DealerPrincipal(user.getUserId(), user.getPasswordHash(), user.getStatus(),
        user.isPendingDeactivation());
  }
}
