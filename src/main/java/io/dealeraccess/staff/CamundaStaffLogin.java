package io.dealeraccess.staff;

import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Staff log in to our own staff pages with their Camunda user and password (Camunda's login throttling applies);
 * their Camunda groups become roles: helpdesk → ROLE_HELPDESK, helpdesk-supervisors → ROLE_HELPDESK_SUPERVISORS.
 */
@Component
class CamundaStaffLogin {

  private final IdentityService identity;

  CamundaStaffLogin(IdentityService identity) {
    this.identity = identity;
  }

  public static String role(String groupId) {
    return groupId.toUpperCase(Locale.ROOT).replace('-', '_');
  }

  /** The provider for the staff pages' own authentication manager (not a bean: it must not become the global one). */
  public AuthenticationProvider provider() {
    return new AuthenticationProvider() {
      @Override
      public Authentication authenticate(Authentication authentication) {
        return CamundaStaffLogin.this.authenticate(authentication);
      }

      @Override
      public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
      }
    };
  }

  Authentication authenticate(Authentication authentication) {
    String user = authentication.getName();
    Object password = authentication.getCredentials();
    if (user == null || password == null || !identity.checkPassword(user, password.toString())) {
      throw new BadCredentialsException("Wrong user or password");
    }
    List<GrantedAuthority> roles = identity.createGroupQuery().groupMember(user).list().stream()
        .map(group -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role(group.getId()))).toList();
    return UsernamePasswordAuthenticationToken.authenticated(user, null, roles);
  }

}
