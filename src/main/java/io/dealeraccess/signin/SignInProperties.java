package io.dealeraccess.signin;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The sign-in to the lender's applications ({@code dealeraccess.sign-in}). {@code issuer}: the address the
 * applications know us by (the same on every node; empty: each request's own address, for local runs);
 * {@code accessTokenTimeToLive} short, as a removed application still opens with an access token until it
 * expires; {@code refreshTokenTimeToLive} how long an application keeps a dealer signed in without asking again.
 * {@code clients}: the applications' clients by {@code client_id} (the application code in lower case), registered
 * at start when the database has none of that id yet; after that the database's (edited by access administrators)
 * is the one in use.
 */
@ConfigurationProperties("dealeraccess.sign-in")
public record SignInProperties(String issuer, Duration accessTokenTimeToLive, Duration refreshTokenTimeToLive,
    Map<String, Client> clients) {

  public SignInProperties {
    clients = clients == null ? Map.of() : Map.copyOf(clients);
  }

  /** One application's client: where it may receive codes and return after logout; no secret: a public client. */
  public record Client(List<String> redirectUris, List<String> postLogoutRedirectUris, String secret) {

    public Client {
      redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
      postLogoutRedirectUris = postLogoutRedirectUris == null ? List.of() : List.copyOf(postLogoutRedirectUris);
    }
  }
}
