package io.dealeraccess.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.account.ApplicationUses;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sign-in to the lender's applications through the real HTTP flow, with a real OpenID Connect client
 * ({@link OidcTestClient}): who gets a code and tokens, what the tokens say, and when a refresh stops working.
 */
class SignInIntegrationTests extends IntegrationTestSupport {

  private static final String CLIENT = "intellirater";

  @Autowired
  private SignInClients clients;
  @Autowired
  private ApplicationUses uses;
  @Autowired
  private JdbcTemplate jdbc;
  @Autowired
  private io.dealeraccess.request.RequestSubmissions requests;

  private OidcTestClient application;
  private String intelliRaterSecret;

  @BeforeEach
  void theApplicationIsAClient() throws Exception {
    clients.register(CLIENT, List.of(OidcTestClient.REDIRECT_URI), List.of("http://127.0.0.1:9/app/signed-out"),
        false);
    intelliRaterSecret = clients.newSecret(CLIENT);
    application = new OidcTestClient(issuer(), CLIENT, intelliRaterSecret);
  }

  private String issuer() {
    return "http://127.0.0.1:" + port;
  }

  @Test
  void discoveryNamesTheEndpointsAndTheKeysArePublished() throws Exception {
    assertThat(application.provider().getIssuer().getValue()).isEqualTo(issuer());
    assertThat(application.provider().getAuthorizationEndpointURI()).hasToString(issuer() + "/oauth2/authorize");
    assertThat(application.provider().getEndSessionEndpointURI()).hasToString(issuer() + "/connect/logout");
    HttpResponse<String> jwks = application.get("/oauth2/jwks");
    assertThat(jwks.statusCode()).isEqualTo(200);
    assertThat(jwks.body()).contains("\"kty\":\"RSA\"").doesNotContain("\"d\":");
  }

  @Test
  void aDealerHoldingTheApplicationSignsInWithPkceAndTheTokensCarryTheirClaims() throws Exception {
    AccountView dealer = account("OWNER", "INTELLIRATER", "SMARTCASH");
    OidcTestClient.Flow flow = application.flow(true);

    application.signIn(flow, dealer.userId(), PASSWORD);
    OidcTestClient.Tokens tokens = application.exchange(flow, application.code(flow));

    assertThat(tokens.error()).isNull();
    var id = tokens.idTokenClaims();
    assertThat(id.getSubject().getValue()).isEqualTo(dealer.userId());
    assertThat(id.getAudience()).extracting(Object::toString).containsExactly(CLIENT);
    assertThat(id.getStringClaim("pdn")).isEqualTo("10001");
    assertThat(id.getStringClaim("dealership_name")).isEqualTo("Riverside Motors");
    assertThat(id.getStringClaim("role")).isEqualTo("OWNER");
    assertThat(id.getStringListClaim("applications")).containsExactly("INTELLIRATER", "SMARTCASH");
    assertThat(id.getStringClaim("email")).isEqualTo(dealer.email());
    assertThat(id.getStringClaim("given_name")).isEqualTo("Robin");
    assertThat(id.getStringClaim("family_name")).isEqualTo("Owner");
    JWTClaimsSet access = application.accessTokenClaims(tokens.accessToken());
    assertThat(access.getSubject()).isEqualTo(dealer.userId());
    assertThat(access.getStringListClaim("applications")).containsExactly("INTELLIRATER", "SMARTCASH");
    assertThat(access.getExpirationTime().toInstant()).isBefore(access.getIssueTime().toInstant().plusSeconds(301));

    // the sign-in is use of the ID, for the 60-day rule, and of this application
    assertThat(accounts.find(dealer.userId()).orElseThrow().lastLoginAt()).isNotNull();
    assertThat(uses.of(dealer.userId())).filteredOn(use -> use.applicationCode().equals("INTELLIRATER"))
        .singleElement().satisfies(use -> assertThat(use.lastUsedAt()).isNotNull());
    assertThat(uses.of(dealer.userId())).filteredOn(use -> use.applicationCode().equals("SMARTCASH"))
        .singleElement().satisfies(use -> assertThat(use.lastUsedAt()).isNull());

    // an application refreshing the dealer's tokens is use too: the 60-day clock starts again
    jdbc.update("update dealer_user set last_login_at = ? where user_id = ?",
        java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(59))), dealer.userId());
    OidcTestClient.Tokens refreshed = application.refresh(tokens.refreshToken());
    assertThat(refreshed.error()).isNull();
    assertThat(accounts.find(dealer.userId()).orElseThrow().lastLoginAt())
        .isAfter(java.time.Instant.now().minus(java.time.Duration.ofMinutes(1)));
    assertThat(refreshed.refreshToken()).isNotEqualTo(tokens.refreshToken());
    assertThat(application.refresh(tokens.refreshToken()).error()).as("a used refresh token").isEqualTo(
        "invalid_grant");
  }

  @Test
  void theReviewContextShowsTheLastSignInToEachApplication() throws Exception {
    AccountView dealer = account("OWNER", "INTELLIRATER", "SMARTCASH");
    signedIn(dealer);

    io.dealeraccess.request.RequestView removal = requests.submitRemoveAccess(
        new io.dealeraccess.request.RemoveAccessSubmission("10001", dealer.userId(),
            new io.dealeraccess.request.Applicant(dealer.firstName(), dealer.lastName(), dealer.email(),
                dealer.businessPhone(), null), List.of("SMARTCASH")));
    executeJobs(instanceOf(removal.reference()).getId());
    String context = (String) runtimeService.getVariable(instanceOf(removal.reference()).getId(), "reviewContext");

    assertThat(context).containsPattern("Last sign-in to each application: IntelliRater [A-Z][a-z]{2} \\d{1,2}, "
        + "\\d{4} \\d{1,2}:\\d{2} [AP]M E[SD]T, SmartCash never\n");
  }

  @Test
  void aRequestWithoutPkceGetsNoCode() throws Exception {
    AccountView dealer = account("OWNER", "INTELLIRATER");
    OidcTestClient.Flow flow = application.flow(false);

    application.logIn(dealer.userId(), PASSWORD);
    application.get(flow.authorizationRequest().toString());

    assertThat(application.location()).contains("error=invalid_request").doesNotContain("code=");
  }

  @Test
  void aDealerWithoutTheApplicationSeesOurPageAndTheApplicationGetsNoCode() throws Exception {
    AccountView dealer = account("OWNER", "SMARTCASH");
    OidcTestClient.Flow flow = application.flow(true);

    application.signIn(flow, dealer.userId(), PASSWORD);

    assertThat(application.location()).isEqualTo(issuer() + "/sign-in/refused?client_id=intellirater");
    HttpResponse<String> page = application.get(application.location());
    assertThat(page.statusCode()).isEqualTo(403);
    Document refused = Jsoup.parse(page.body());
    assertThat(refused.select("#refused-title").text()).isEqualTo("You do not have access to IntelliRater");
    assertThat(refused.select("#request-access").attr("href")).isEqualTo("/account/applications/request");
    assertThat(jdbc.queryForObject("select count(*) from oauth2_authorization where principal_name = ?",
        Integer.class, dealer.userId())).isZero();
  }

  @Test
  void removingTheApplicationRevokesTheRefreshTokenAtOnce() throws Exception {
    AccountView dealer = account("OWNER", "INTELLIRATER", "SMARTCASH");
    OidcTestClient.Tokens tokens = signedIn(dealer);

    accounts.revoke(dealer.userId(), List.of("INTELLIRATER"));

    OidcTestClient.Tokens refused = application.refresh(tokens.refreshToken());
    assertThat(refused.error()).isEqualTo("invalid_grant");
    // and the next sign-in shows the page, not a code
    application.get(application.flow(true).authorizationRequest().toString());
    assertThat(application.location()).endsWith("/sign-in/refused?client_id=intellirater");
  }

  @Test
  void everyTokenIsCheckedWhenIssuedEvenWhenNoRevocationRan() throws Exception {
    AccountView dealer = account("OWNER", "INTELLIRATER");
    OidcTestClient.Tokens tokens = signedIn(dealer);
    // the grant gone behind the services' back (no event, so no revocation)
    jdbc.update("delete from application_grant where application_code = 'INTELLIRATER' and dealer_user_id = "
        + "(select id from dealer_user where user_id = ?)", dealer.userId());

    OidcTestClient.Tokens refused = application.refresh(tokens.refreshToken());

    assertThat(refused.error()).isEqualTo("invalid_grant");
    assertThat(refused.errorDescription()).isEqualTo("Your user ID does not have access to IntelliRater.");
  }

  @Test
  void anInactiveIdLosesItsTokensAndIsToldWhyAtTheNextSignIn() throws Exception {
    AccountView dealer = account("OWNER", "INTELLIRATER");
    OidcTestClient.Tokens tokens = signedIn(dealer);

    accounts.markInactive(dealer.userId());

    assertThat(application.refresh(tokens.refreshToken()).error()).isEqualTo("invalid_grant");
    application.get(application.flow(true).authorizationRequest().toString());
    assertThat(application.location()).as("the session ended with the ID's sign-ins")
        .endsWith("/login?signedOut");
    application.logIn(dealer.userId(), PASSWORD);
    assertThat(application.location()).endsWith("/login?error");
    assertThat(Jsoup.parse(application.get("/login").body()).select("#login-error").text())
        .startsWith("Your user ID is inactive");
  }

  @Test
  void aSessionEndedByAPasswordChangeGetsNoCodeAndTheTokensGo() throws Exception {
    AccountView dealer = account("OWNER", "INTELLIRATER");
    OidcTestClient.Tokens tokens = signedIn(dealer);

    accounts.changePassword(dealer.userId(), "Another-Correct-Staple-8");

    assertThat(application.refresh(tokens.refreshToken()).error()).isEqualTo("invalid_grant");
    application.get(application.flow(true).authorizationRequest().toString());
    assertThat(application.location()).endsWith("/login?signedOut");
    application.get(application.flow(true).authorizationRequest().toString());
    assertThat(application.location()).as("signed out for good").endsWith("/login");
  }

  /**
   * Anyone can lock an ID out by typing wrong passwords (found by the outside tester: a lockout stopped every
   * refresh of the applications the dealer was signed in to). The lockout refuses the login, so no new sign-in; what
   * the dealer is signed in to keeps working.
   */
  @Test
  void aStrangersLockoutRefusesTheLoginButKeepsTheApplicationsTheDealerIsSignedInTo() throws Exception {
    AccountView dealer = account("OWNER", "INTELLIRATER");
    OidcTestClient.Tokens tokens = signedIn(dealer);
    OidcTestClient stranger = new OidcTestClient(issuer(), CLIENT, "unused");
    for (int i = 0; i < 5; i++) {
      stranger.logIn(dealer.userId(), "wrong-password-" + i);
    }

    assertThat(application.refresh(tokens.refreshToken()).error()).isNull();
    application.get(application.flow(true).authorizationRequest().toString());
    assertThat(application.location()).as("still signed in here: a code").contains("code=");

    OidcTestClient elsewhere = new OidcTestClient(issuer(), CLIENT, "unused");
    elsewhere.get(elsewhere.flow(true).authorizationRequest().toString());
    elsewhere.logIn(dealer.userId(), PASSWORD);
    assertThat(elsewhere.location()).endsWith("/login?error");
    assertThat(Jsoup.parse(elsewhere.get("/login").body()).select("#login-error").text())
        .startsWith("Too many failed logins");
  }

  /** Found by the outside tester: any client could read any other client's token by introspection. */
  @Test
  void aClientIntrospectsOnlyItsOwnTokens() throws Exception {
    AccountView dealer = account("OWNER", "INTELLIRATER", "SMARTCASH");
    OidcTestClient.Tokens tokens = signedIn(dealer);
    clients.register("smartcash", List.of(OidcTestClient.REDIRECT_URI), List.of(), false);
    String other = clients.newSecret("smartcash");

    assertThat(introspect(CLIENT, intelliRaterSecret, tokens.accessToken())).contains("\"active\":true")
        .contains(dealer.userId());
    assertThat(introspect("smartcash", other, tokens.accessToken())).isEqualTo("{\"active\":false}");
  }

  /** Found by the outside tester: a token request without client authentication got our HTML error page. */
  @Test
  void aTokenRequestWithoutClientAuthenticationGetsAnOAuthError() throws Exception {
    var response = application.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(issuer() + "/oauth2/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&refresh_token=abc"
            + "&client_id=intellirater")).build());
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(response.body()).contains("\"error\":\"invalid_client\"");
  }

  /** Found by the outside tester: user info gave times in milliseconds and the ID token's own claims. */
  @Test
  void userInfoGivesTheDealersClaimsOnly() throws Exception {
    AccountView dealer = account("OWNER", "INTELLIRATER");
    OidcTestClient.Tokens tokens = signedIn(dealer);
    var response = application.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(issuer() + "/userinfo"))
        .header("Authorization", "Bearer " + tokens.accessToken()).GET().build());
    assertThat(response.statusCode()).isEqualTo(200);
    var claims = com.nimbusds.jose.util.JSONObjectUtils.parse(response.body());
    assertThat(claims).containsEntry("sub", dealer.userId()).containsEntry("pdn", "10001")
        .containsKeys("dealership_name", "role", "applications", "email", "given_name", "family_name", "name")
        .doesNotContainKeys("nonce", "sid", "aud", "azp", "iss", "jti", "exp", "iat", "auth_time");
  }

  private String introspect(String clientId, String secret, String token) throws Exception {
    String basic = java.util.Base64.getEncoder().encodeToString((clientId + ":" + secret)
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return application.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(issuer() + "/oauth2/introspect"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", "Basic " + basic)
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("token=" + token)).build()).body();
  }

  @Test
  void aStaffSignInIsNoDealersAndGetsNoCode() throws Exception {
    String agent = staffMember("helpdesk");
    Document staffLogin = Jsoup.parse(application.get("/staff/login").body());
    String csrf = staffLogin.selectFirst("input[name=_csrf]").val();
    var form = java.net.http.HttpRequest.newBuilder(java.net.URI.create(issuer() + "/staff/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=" + agent + "&password="
            + java.net.URLEncoder.encode(STAFF_PASSWORD, java.nio.charset.StandardCharsets.UTF_8) + "&_csrf=" + csrf))
        .build();
    application.send(form);
    assertThat(application.location()).endsWith("/staff");

    application.get(application.flow(true).authorizationRequest().toString());

    assertThat(application.location()).endsWith("/login");
  }

  @Test
  void aRedirectAddressNotRegisteredGetsNothing() throws Exception {
    String request = application.flow(true).authorizationRequest().toString()
        .replace("app%2Fcallback", "elsewhere");
    application.get(request);
    assertThat(application.last.statusCode()).isEqualTo(400);
    assertThat(application.last.headers().firstValue("Location")).isEmpty();
  }

  @Test
  void theApplicationSignsTheDealerOutOfOurSessionToo() throws Exception {
    AccountView dealer = account("OWNER", "INTELLIRATER");
    OidcTestClient.Tokens tokens = signedIn(dealer);

    application.get("/connect/logout?id_token_hint=" + tokens.idToken()
        + "&post_logout_redirect_uri=http://127.0.0.1:9/app/signed-out&client_id=" + CLIENT);

    assertThat(application.location()).isEqualTo("http://127.0.0.1:9/app/signed-out");
    application.get("/account");
    assertThat(application.location()).endsWith("/login");
  }

  private OidcTestClient.Tokens signedIn(AccountView dealer) throws Exception {
    return application.signedIn(dealer.userId(), PASSWORD);
  }
}
