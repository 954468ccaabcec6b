package io.dealeraccess.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One of the lender's applications and a dealer's browser, for the tests: the application is a real OpenID
 * Connect client (Nimbus's OIDC SDK: discovery, the authorization request with PKCE, the token endpoint over HTTP, the
 * ID token's signature checked against the JWKS), the browser a cookie-keeping HTTP client that follows no
 * redirect by itself, so each step of the flow is seen.
 */
public final class OidcTestClient {

  /** Where the application receives its code; a loopback address, so any port (RFC 8252), and nothing listens. */
  public static final String REDIRECT_URI = "http://127.0.0.1:9/app/callback";

  private final String issuer;
  private final String clientId;
  private final String secret;
  private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private final OIDCProviderMetadata provider;

  /** What the browser saw last. */
  public HttpResponse<String> last;

  public OidcTestClient(String issuer, String clientId, String secret) throws Exception {
    this.issuer = issuer;
    this.clientId = clientId;
    this.secret = secret;
    this.provider = OIDCProviderMetadata.resolve(new Issuer(issuer));
  }

  /**
   * The application talking to one node ({@code node}) of a cluster whose issuer is another address (the load
   * balancer's): the node's discovery document, read from the node, with every endpoint on the node.
   */
  public OidcTestClient(String node, String clientId, String secret, boolean onNode) throws Exception {
    this.issuer = node;
    this.clientId = clientId;
    this.secret = secret;
    OIDCProviderMetadata published = OIDCProviderMetadata.parse(HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(node + "/.well-known/openid-configuration")).build(),
        HttpResponse.BodyHandlers.ofString()).body());
    OIDCProviderMetadata local = new OIDCProviderMetadata(published.getIssuer(), published.getSubjectTypes(),
        URI.create(node + published.getJWKSetURI().getPath()));
    local.setAuthorizationEndpointURI(URI.create(node + published.getAuthorizationEndpointURI().getPath()));
    local.setTokenEndpointURI(URI.create(node + published.getTokenEndpointURI().getPath()));
    local.setEndSessionEndpointURI(URI.create(node + published.getEndSessionEndpointURI().getPath()));
    this.provider = local;
  }

  /** The ID token's claims, its signature checked against this node's JWKS. */
  public IDTokenClaimsSet idTokenClaims(String idToken) throws Exception {
    return new IDTokenValidator(provider.getIssuer(), new ClientID(clientId), JWSAlgorithm.RS256,
        provider.getJWKSetURI().toURL()).validate(com.nimbusds.jwt.JWTParser.parse(idToken), null);
  }

  public OIDCProviderMetadata provider() {
    return provider;
  }

  /** The result of a token request: the tokens, or the error. */
  public record Tokens(OIDCTokenResponse success, IDTokenClaimsSet idTokenClaims, String error, String errorDescription) {

    public String refreshToken() {
      RefreshToken token = success.getOIDCTokens().getRefreshToken();
      return token == null ? null : token.getValue();
    }

    public String accessToken() {
      return success.getOIDCTokens().getAccessToken().getValue();
    }

    public String idToken() {
      return success.getOIDCTokens().getIDTokenString();
    }
  }

  /** A flow under way: what the token request needs. */
  public record Flow(String state, Nonce nonce, CodeVerifier verifier, URI authorizationRequest) {}

  public Flow flow(boolean withPkce) {
    State state = new State();
    Nonce nonce = new Nonce();
    CodeVerifier verifier = new CodeVerifier();
    AuthenticationRequest.Builder request = new AuthenticationRequest.Builder(ResponseType.CODE,
        new Scope("openid", "profile", "email"), new ClientID(clientId), URI.create(REDIRECT_URI))
        .endpointURI(provider.getAuthorizationEndpointURI()).state(state).nonce(nonce);
    if (withPkce) {
      request.codeChallenge(verifier, CodeChallengeMethod.S256);
    }
    return new Flow(state.getValue(), nonce, verifier, request.build().toURI());
  }

  /** The browser opens an address (relative to the issuer, or absolute) and stops at the first answer. */
  public HttpResponse<String> get(String url) throws Exception {
    URI uri = url.startsWith("http") ? URI.create(url) : URI.create(issuer + url);
    last = browser.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build(),
        HttpResponse.BodyHandlers.ofString());
    return last;
  }

  /** The browser sends a request of the test's own making. */
  public HttpResponse<String> send(HttpRequest request) throws Exception {
    last = browser.send(request, HttpResponse.BodyHandlers.ofString());
    return last;
  }

  /** Where the last answer sends the browser. */
  public String location() {
    return last.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
        "no redirect: " + last.statusCode() + " " + last.uri() + "\n" + last.body()));
  }

  /** Our login page, as a dealer fills it in; the answer to the form's post. */
  public HttpResponse<String> logIn(String userId, String password) throws Exception {
    Document login = Jsoup.parse(get("/login").body(), issuer);
    String csrf = login.selectFirst("form[action$=/login] input[name=_csrf]").val();
    String form = Map.of("userId", userId, "password", password, "_csrf", csrf).entrySet().stream()
        .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    last = browser.send(HttpRequest.newBuilder(URI.create(issuer + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    return last;
  }

  /**
   * The whole sign-in from the application's authorization request: to our login page, the login, back to the
   * authorization endpoint; the authorization endpoint's answer.
   */
  public HttpResponse<String> signIn(Flow flow, String userId, String password) throws Exception {
    get(flow.authorizationRequest().toString());
    assertThat(location()).as("sent to our login page").endsWith("/login");
    logIn(userId, password);
    String next = Jsoup.parse(last.body(), issuer).select("a#continue").attr("href");
    assertThat(next).as("the login continues to the authorization request: %s", last.body())
        .startsWith(issuer + "/oauth2/authorize");
    return get(next);
  }

  /** The whole sign-in with PKCE and the code exchanged: the tokens, which must have been issued. */
  public Tokens signedIn(String userId, String password) throws Exception {
    Flow flow = flow(true);
    signIn(flow, userId, password);
    Tokens tokens = exchange(flow, code(flow));
    assertThat(tokens.error()).as("the token request: %s", tokens.errorDescription()).isNull();
    return tokens;
  }

  /** The code in the last redirect to the application, checked against the flow's state. */
  public String code(Flow flow) {
    Map<String, String> query = UriComponentsBuilder.fromUriString(location()).build().getQueryParams()
        .toSingleValueMap();
    assertThat(location()).startsWith("http://127.0.0.1:");
    assertThat(query).containsEntry("state", flow.state());
    return query.get("code");
  }

  public Tokens exchange(Flow flow, String code) throws Exception {
    return tokens(new AuthorizationCodeGrant(new AuthorizationCode(code), URI.create(REDIRECT_URI), flow.verifier()),
        flow.nonce());
  }

  public Tokens refresh(String refreshToken) throws Exception {
    return tokens(new RefreshTokenGrant(new RefreshToken(refreshToken)), null);
  }

  /** The access token's claims, its signature checked against the JWKS. */
  public JWTClaimsSet accessTokenClaims(String accessToken) throws Exception {
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
        JWKSourceBuilder.create(provider.getJWKSetURI().toURL()).build()));
    return processor.process(accessToken, null);
  }

  private Tokens tokens(AuthorizationGrant grant, Nonce nonce) throws Exception {
    TokenResponse response = OIDCTokenResponseParser.parse(new TokenRequest(provider.getTokenEndpointURI(),
        new ClientSecretBasic(new ClientID(clientId), new Secret(secret)), grant).toHTTPRequest().send());
    if (!response.indicatesSuccess()) {
      var error = response.toErrorResponse().getErrorObject();
      return new Tokens(null, null, error.getCode(), error.getDescription());
    }
    OIDCTokenResponse success = (OIDCTokenResponse) response.toSuccessResponse();
    // the ID token's signature against the published keys, its issuer, audience, expiry and nonce
    IDTokenClaimsSet claims = new IDTokenValidator(provider.getIssuer(), new ClientID(clientId), JWSAlgorithm.RS256,
        provider.getJWKSetURI().toURL()).validate(success.getOIDCTokens().getIDToken(), nonce);
    return new Tokens(success, claims, null, null);
  }
}
