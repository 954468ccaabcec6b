package io.dealeraccess.signin;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenIntrospection;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2TokenIntrospectionAuthenticationToken;

/**
 * Token introspection for the client the token was issued to only: to any other client a token is simply not
 * active (Spring Authorization Server's own answers every authenticated client, so SmartAuction could read a
 * SmartCash token's dealer; found by the outside tester).
 */
final class OwnTokensOnly implements AuthenticationProvider {

  private final AuthenticationProvider introspection;
  private final OAuth2AuthorizationService authorizations;

  OwnTokensOnly(AuthenticationProvider introspection, OAuth2AuthorizationService authorizations) {
    this.introspection = introspection;
    this.authorizations = authorizations;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    Authentication result = introspection.authenticate(authentication);
    if (!(result instanceof OAuth2TokenIntrospectionAuthenticationToken answer) || !answer.getTokenClaims().isActive()
        || !(answer.getPrincipal() instanceof OAuth2ClientAuthenticationToken caller)
        || caller.getRegisteredClient() == null) {
      return result;
    }
    OAuth2Authorization authorization = authorizations.findByToken(answer.getToken(), null);
    if (authorization != null && authorization.getRegisteredClientId().equals(caller.getRegisteredClient().getId())) {
      return result;
    }
    return new OAuth2TokenIntrospectionAuthenticationToken(answer.getToken(), caller,
        OAuth2TokenIntrospection.builder().build());
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return introspection.supports(authentication);
  }
}
