package io.dealeraccess.signin;

import io.dealeraccess.account.ApplicationCatalog;
import io.dealeraccess.account.PortalApplication;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

/**
 * The applications' clients, in the database (Spring Authorization Server's JDBC repository): every node sees an
 * access administrator's change at once. Each client is a catalog application ({@code client_id} = its code in lower
 * case); first-party, so no consent screen, and PKCE always. The token lifetimes are configuration, applied to every
 * client as it is read. Clients named in configuration are registered at start when the database has none of that
 * id.
 */
@Component
public class SignInClients implements RegisteredClientRepository {

  private static final Logger log = LoggerFactory.getLogger(SignInClients.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcRegisteredClientRepository stored;
  private final ApplicationCatalog catalog;
  private final PasswordEncoder encoder;
  private final SignInProperties properties;

  SignInClients(JdbcTemplate jdbc, ApplicationCatalog catalog, PasswordEncoder encoder, SignInProperties properties) {
    this.stored = new JdbcRegisteredClientRepository(jdbc);
    this.catalog = catalog;
    this.encoder = encoder;
    this.properties = properties;
  }

  /** One catalog application and its client, if it has one yet. */
  public record ApplicationClient(PortalApplication application, String clientId, Optional<RegisteredClient> client) {

    public boolean publicClient() {
      return client.map(c -> c.getClientAuthenticationMethods().contains(ClientAuthenticationMethod.NONE))
          .orElse(false);
    }
  }

  @Override
  public void save(RegisteredClient client) {
    stored.save(client);
  }

  @Override
  public RegisteredClient findById(String id) {
    return withLifetimes(stored.findById(id));
  }

  @Override
  public RegisteredClient findByClientId(String clientId) {
    return withLifetimes(stored.findByClientId(clientId));
  }

  /** Every catalog application with its client. */
  public List<ApplicationClient> all() {
    return catalog.all().stream().map(app -> {
      String clientId = clientIdOf(app);
      return new ApplicationClient(app, clientId, Optional.ofNullable(stored.findByClientId(clientId)));
    }).toList();
  }

  public static String clientIdOf(PortalApplication application) {
    return application.getCode().toLowerCase(Locale.ROOT);
  }

  /**
   * Registers the application's client, or changes its addresses and kind. A confidential client keeps its secret
   * (a new one only by {@link #newSecret}); the secret returned is the new one when the client needed one, once.
   */
  public Optional<String> register(String clientId, Collection<String> redirectUris,
      Collection<String> postLogoutRedirectUris, boolean publicClient) {
    return store(clientId, redirectUris, postLogoutRedirectUris, publicClient, null);
  }

  private Optional<String> store(String clientId, Collection<String> redirectUris,
      Collection<String> postLogoutRedirectUris, boolean publicClient, String configuredSecret) {
    PortalApplication application = catalog.all().stream().filter(app -> clientIdOf(app).equals(clientId))
        .findFirst().orElseThrow(() -> new IllegalArgumentException("No application for client " + clientId));
    RegisteredClient existing = stored.findByClientId(clientId);
    RegisteredClient.Builder builder = existing == null
        ? RegisteredClient.withId(UUID.randomUUID().toString()).clientId(clientId)
        : RegisteredClient.from(existing);
    String newSecret = null;
    builder.clientName(application.getName())
        .clientAuthenticationMethods(methods -> {
          methods.clear();
          methods.addAll(publicClient ? List.of(ClientAuthenticationMethod.NONE)
              : List.of(ClientAuthenticationMethod.CLIENT_SECRET_BASIC, ClientAuthenticationMethod.CLIENT_SECRET_POST));
        })
        .authorizationGrantTypes(types -> {
          types.clear();
          types.add(AuthorizationGrantType.AUTHORIZATION_CODE);
          types.add(AuthorizationGrantType.REFRESH_TOKEN);
        })
        .redirectUris(uris -> {
          uris.clear();
          uris.addAll(redirectUris);
        })
        .postLogoutRedirectUris(uris -> {
          uris.clear();
          uris.addAll(postLogoutRedirectUris);
        })
        .scopes(scopes -> {
          scopes.clear();
          scopes.addAll(List.of(OidcScopes.OPENID, OidcScopes.PROFILE, OidcScopes.EMAIL));
        })
        .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
        .tokenSettings(lifetimes());
    if (publicClient) {
      builder.clientSecret(null);
    } else if (configuredSecret != null) {
      builder.clientSecret(encoder.encode(configuredSecret));
    } else if (existing == null || existing.getClientSecret() == null) {
      newSecret = randomSecret();
      builder.clientSecret(encoder.encode(newSecret));
    }
    stored.save(builder.build());
    return Optional.ofNullable(newSecret);
  }

  /** A new secret for a confidential client, returned once (only its hash is kept); the old one stops working. */
  public String newSecret(String clientId) {
    RegisteredClient existing = stored.findByClientId(clientId);
    String secret = randomSecret();
    stored.save(RegisteredClient.from(existing).clientSecret(encoder.encode(secret)).build());
    return secret;
  }

  /** The configured clients the database does not have yet; a node that loses the race to another finds it there. */
  @EventListener(ApplicationReadyEvent.class)
  void registerConfigured() {
    properties.clients().forEach((clientId, client) -> {
      if (stored.findByClientId(clientId) != null) {
        return;
      }
      try {
        store(clientId, client.redirectUris(), client.postLogoutRedirectUris(), client.secret() == null,
            client.secret());
        log.info("Registered the sign-in client {} from configuration", clientId);
      } catch (DuplicateKeyException anotherNode) {
        log.info("The sign-in client {} was registered by another node", clientId);
      }
    });
  }

  private TokenSettings lifetimes() {
    return TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTimeToLive())
        .refreshTokenTimeToLive(properties.refreshTokenTimeToLive()).reuseRefreshTokens(false).build();
  }

  private RegisteredClient withLifetimes(RegisteredClient client) {
    return client == null ? null : RegisteredClient.from(client).tokenSettings(lifetimes()).build();
  }

  private static String randomSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
