package io.dealeraccess.web;

import io.dealeraccess.account.DealerPrincipal;
import io.dealeraccess.account.DealerUserDetailsService;
import io.dealeraccess.account.DealerUserStatus;
import io.dealeraccess.account.LoginThrottle;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A dealer's login with the user ID: the password checked first and the ID's status after, the lockout after failed
 * attempts, and the message the login page shows. The sign-in to the lender's applications (signin) refuses with
 * the same messages.
 */
public final class DealerLogin {

  static final String LOGIN_ERROR = "loginError";
  static final String LOGIN_USER_ID = DealerLogin.class.getName() + ".userId";

  static final String INACTIVE = "Your user ID is inactive because it has not been used for 60 days or more. "
      + "Submit a reactivation request on the User ID Request Form to use it again.";
  static final String DEACTIVATED = "This user ID has been deactivated. To regain access, submit a new user ID "
      + "request.";
  static final String LOCKED_OUT = "Too many failed logins. For your security this user ID is locked for 15 minutes. "
      + "Try again later, or call the help desk.";
  static final String PENDING_DEACTIVATION = "This user ID is locked while a request to deactivate it is reviewed. "
      + "Call the help desk if you did not expect this.";

  private DealerLogin() {}

  /** The user ID typed in a failed login, as it is shown again (at most a user ID's length, no control characters). */
  static String typedUserId(HttpServletRequest request) {
    String typed = request.getParameter("userId");
    if (typed == null || typed.length() > 64 || typed.chars().anyMatch(Character::isISOControl)) {
      return null;
    }
    return typed.strip();
  }

  /** The user ID of the failed login just before, once. */
  static String takeTypedUserId(HttpServletRequest request) {
    return take(request, LOGIN_USER_ID);
  }

  /** The login as a whole: throttled, then the password, then the status. */
  static AuthenticationProvider provider(DealerUserDetailsService users, PasswordEncoder encoder,
      LoginThrottle throttle) {
    return new ThrottledLogin(passwordThenStatus(users, encoder), throttle);
  }

  /**
   * Checks the password first and the ID's status after, so a status message is never shown to someone who does not
   * know the password.
   */
  static DaoAuthenticationProvider passwordThenStatus(DealerUserDetailsService users, PasswordEncoder encoder) {
    DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
    provider.setPasswordEncoder(encoder);
    UserDetailsChecker nothing = user -> {};
    provider.setPreAuthenticationChecks(nothing);
    provider.setPostAuthenticationChecks(DealerLogin::checkStatus);
    return provider;
  }

  static void checkStatus(UserDetails user) {
    DealerPrincipal dealer = (DealerPrincipal) user;
    String refusal = refusal(dealer.status(), dealer.pendingDeactivation(), false);
    if (refusal != null) {
      throw new LoginRefusedException(refusal);
    }
  }

  /** Why an ID in this state may not sign in (the login page's words), or {@code null} when it may. */
  public static String refusal(DealerUserStatus status, boolean pendingDeactivation, boolean lockedOut) {
    if (status == DealerUserStatus.DEACTIVATED) {
      return DEACTIVATED;
    }
    if (status == DealerUserStatus.INACTIVE) {
      return INACTIVE;
    }
    if (pendingDeactivation) {
      return PENDING_DEACTIVATION;
    }
    return lockedOut ? LOCKED_OUT : null;
  }

  /** Where a dealer refused with this message goes next (a page of ours), if anywhere. */
  public record NextStep(String path, String label) {}

  public static java.util.Optional<NextStep> nextStep(String refusal) {
    if (INACTIVE.equals(refusal)) {
      return java.util.Optional.of(new NextStep("/requests/reactivate", "Reactivate your user ID"));
    }
    if (DEACTIVATED.equals(refusal)) {
      return java.util.Optional.of(new NextStep("/register", "Request a new user ID"));
    }
    return java.util.Optional.empty();
  }

  static String loginMessage(AuthenticationException exception) {
    if (exception instanceof LoginRefusedException refused) {
      return refused.getMessage();
    }
    return "The user ID or password is incorrect.";
  }

  /** The login page's message after a failed login, once. */
  static String takeLoginError(HttpServletRequest request) {
    return take(request, LOGIN_ERROR);
  }

  private static String take(HttpServletRequest request, String key) {
    if (request.getSession(false) == null) {
      return null;
    }
    Object value = request.getSession().getAttribute(key);
    request.getSession().removeAttribute(key);
    return value == null ? null : value.toString();
  }

  /** A right password for an ID that may not log in now; the message says why. */
  static class LoginRefusedException extends AccountStatusException {
    LoginRefusedException(String message) {
      super(message);
    }
  }

  /** Refused while the ID is locked out; failures counted, success clears the count. */
  static final class ThrottledLogin implements AuthenticationProvider {

    private final DaoAuthenticationProvider login;
    private final LoginThrottle throttle;

    ThrottledLogin(DaoAuthenticationProvider login, LoginThrottle throttle) {
      this.login = login;
      this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
      String typed = authentication.getName();
      if (throttle.isLocked(typed)) {
        throw new LoginRefusedException(LOCKED_OUT);
      }
      try {
        Authentication result = login.authenticate(authentication);
        throttle.succeeded(typed);
        return result;
      } catch (BadCredentialsException e) {
        if (throttle.failed(typed)) {
          throw new LoginRefusedException(LOCKED_OUT);
        }
        throw e;
      }
    }

    @Override
    public boolean supports(Class<?> authentication) {
      return login.supports(authentication);
    }
  }
}
