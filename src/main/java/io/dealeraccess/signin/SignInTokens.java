package io.dealeraccess.signin;

import io.dealeraccess.account.ApplicationAccessEnded;
import io.dealeraccess.account.SignInsEnded;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Revocation: when a user ID's sign-ins end (its password changed; it was locked, made inactive or deactivated) every
 * application's authorization of it goes, refresh tokens with them; when it loses an application, that
 * application's. In the change's own transaction, so the change and the revocation commit together or not at all.
 * An access token already issued is a signed JWT that stays valid until it expires (a few minutes:
 * {@code dealeraccess.sign-in.access-token-time-to-live}); token introspection says it is no longer active.
 */
@Component
class SignInTokens {

  private final JdbcTemplate jdbc;

  SignInTokens(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener
  void signInsEnded(SignInsEnded ended) {
    jdbc.update("delete from oauth2_authorization where principal_name = ?", ended.userId());
  }

  @EventListener
  void applicationAccessEnded(ApplicationAccessEnded ended) {
    for (String code : ended.applicationCodes()) {
      jdbc.update("delete from oauth2_authorization where principal_name = ? and registered_client_id in "
          + "(select id from oauth2_registered_client where client_id = ?)", ended.userId(),
          code.toLowerCase(Locale.ROOT));
    }
  }
}
