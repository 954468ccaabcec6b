package io.dealeraccess.signin;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Every token issued (a code exchanged, a refresh) asks {@link ApplicationSignIn} first: a dealer who no longer holds
 * the application, or whose ID may no longer log in, gets {@code invalid_grant} and no token, whatever the
 * authorization page let through before. The ID and access tokens carry the dealer's claims; each access token
 * issued counts as use of the ID.
 */
@Component
class SignInClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

  private final ApplicationSignIn signIn;

  SignInClaims(ApplicationSignIn signIn) {
    this.signIn = signIn;
  }

  @Override
  public void customize(JwtEncodingContext context) {
    if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
      // no client is registered for it; should one be, its tokens carry no dealer
      return;
    }
    String userId = context.getPrincipal().getName();
    String clientId = context.getRegisteredClient().getClientId();
    signIn.refusal(userId, clientId).ifPresent(refusal -> {
      throw new OAuth2AuthenticationException(
          new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT, refusal.message(), null));
    });
    boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
    if (idToken || OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
      context.getClaims().claims(claims -> claims.putAll(signIn.claims(userId)));
    }
    if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
      signIn.recordUse(userId, clientId);
    }
  }
}
