package io.dealeraccess.signin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dealeraccess.account.DealerPrincipal;
import io.dealeraccess.web.PageHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.jackson2.SecurityJackson2Modules;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.jackson2.OAuth2AuthorizationServerJackson2Module;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.preauth.AbstractPreAuthenticatedProcessingFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.util.StringUtils;

/**
 * The OpenID Connect provider (Spring Authorization Server), first of all chains: discovery, JWKS, the
 * authorization endpoint (our login page when nobody is signed in), token, revocation, introspection, user info
 * and RP-initiated logout. Clients, authorizations, consents and signing keys live in the database, so any node
 * issues, refreshes and validates what another issued.
 */
@Configuration
class SignInServerConfig {

  @Bean
  @Order(0)
  SecurityFilterChain signInServer(HttpSecurity http, ApplicationSignIn signIn, SignInClients clients,
      SessionRegistry dealerSessions, OAuth2AuthorizationService authorizations) throws Exception {
    OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
    http.securityMatcher(server.getEndpointsMatcher())
        .with(server, configurer -> configurer
            // a client learns about its own tokens only
            .tokenIntrospectionEndpoint(introspection -> introspection.authenticationProviders(providers ->
                providers.replaceAll(provider -> new OwnTokensOnly(provider, authorizations))))
            .oidc(oidc -> oidc
                // the application learns from user info what the ID token told it about the dealer
                .userInfoEndpoint(userInfo -> userInfo.userInfoMapper(context -> new OidcUserInfo(dealerClaims(
                    context.getAuthorization().getToken(OidcIdToken.class).getToken().getClaims()))))))
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .addFilterBefore(new ApplicationAccessFilter(signIn, clients, dealerSessions), AbstractPreAuthenticatedProcessingFilter.class)
        // nobody signed in at the authorization endpoint: our login page, which returns here (web/SignInReturn)
        .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
            new LoginUrlAuthenticationEntryPoint("/login"),
            PathPatternRequestMatcher.withDefaults().matcher(ApplicationAccessFilter.AUTHORIZE))
            // every other endpoint is an application's: an OAuth error it can read, not our HTML error page
            .defaultAuthenticationEntryPointFor(SignInServerConfig::clientAuthenticationRequired,
                AnyRequestMatcher.INSTANCE))
        // user info takes the access token
        .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()));
    PageHeaders.ours(http);
    return http.build();
  }

  /** The ID token's own claims (times, audience, nonce, session) are not the dealer's: user info leaves them out. */
  static final java.util.Set<String> ID_TOKEN_ONLY = java.util.Set.of("iss", "aud", "azp", "exp", "iat", "nbf",
      "auth_time", "nonce", "sid", "jti", "at_hash", "c_hash");

  static java.util.Map<String, Object> dealerClaims(java.util.Map<String, Object> idToken) {
    java.util.Map<String, Object> claims = new java.util.LinkedHashMap<>(idToken);
    claims.keySet().removeAll(ID_TOKEN_ONLY);
    return claims;
  }

  private static void clientAuthenticationRequired(jakarta.servlet.http.HttpServletRequest request,
      jakarta.servlet.http.HttpServletResponse response,
      org.springframework.security.core.AuthenticationException exception) throws java.io.IOException {
    response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Basic realm=\"sign-in\"");
    response.setContentType("application/json");
    response.getWriter().write("{\"error\":\"invalid_client\",\"error_description\":"
        + "\"Client authentication is required.\"}");
  }

  @Bean
  AuthorizationServerSettings authorizationServerSettings(SignInProperties properties) {
    AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
    if (StringUtils.hasText(properties.issuer())) {
      settings.issuer(properties.issuer());
    }
    return settings.build();
  }

  /** Signs with the current key only; the JWKS publishes every key still in use ({@link SigningKeys}). */
  @Bean
  JwtEncoder signInTokenEncoder(SigningKeys keys) {
    return new NimbusJwtEncoder(keys.signing());
  }

  @Bean
  OAuth2AuthorizationService signInAuthorizations(JdbcTemplate jdbc, SignInClients clients) {
    JdbcOAuth2AuthorizationService authorizations = new JdbcOAuth2AuthorizationService(jdbc, clients);
    ObjectMapper json = new ObjectMapper();
    json.registerModules(SecurityJackson2Modules.getModules(SignInServerConfig.class.getClassLoader()));
    json.registerModule(new OAuth2AuthorizationServerJackson2Module());
    json.addMixIn(DealerPrincipal.class, DealerPrincipalJson.class);
    JdbcOAuth2AuthorizationService.OAuth2AuthorizationRowMapper rows =
        new JdbcOAuth2AuthorizationService.OAuth2AuthorizationRowMapper(clients);
    rows.setObjectMapper(json);
    JdbcOAuth2AuthorizationService.OAuth2AuthorizationParametersMapper parameters =
        new JdbcOAuth2AuthorizationService.OAuth2AuthorizationParametersMapper();
    parameters.setObjectMapper(json);
    authorizations.setAuthorizationRowMapper(rows);
    authorizations.setAuthorizationParametersMapper(parameters);
    return authorizations;
  }

  @Bean
  OAuth2AuthorizationConsentService signInConsents(JdbcTemplate jdbc, SignInClients clients) {
    return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
  }
}
