package io.dealeraccess.account;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dealer login by user ID. An INACTIVE ID is "locked" (it can be reactivated), a DEACTIVATED one "disabled"; the
 * login page turns those into messages, after the password was checked.
 */
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
    return User.withUsername(user.getUserId())
        .password(user.getPasswordHash())
        .roles(DEALER_ROLE)
        .accountLocked(user.getStatus() == DealerUserStatus.INACTIVE)
        .disabled(user.getStatus() == DealerUserStatus.DEACTIVATED)
        .build();
  }
}
