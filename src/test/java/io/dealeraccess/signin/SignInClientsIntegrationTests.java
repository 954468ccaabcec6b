package io.dealeraccess.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSObject;
import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.web.DealerBrowser;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The applications' clients as access administrators keep them (the staff page), and the signing key's rotation:
 * each change in use at once, with no redeploy.
 */
class SignInClientsIntegrationTests extends IntegrationTestSupport {

  private static final String CLIENT = "smartcash";

  @Autowired
  private SignInClients clients;
  @Autowired
  private org.springframework.jdbc.core.JdbcTemplate jdbc;

  private String accessAdmin;

  @BeforeEach
  void anAccessAdministrator() {
    accessAdmin = staffMember("access-admins");
    clients.register(CLIENT, List.of("https://smartcash.lender.example/callback"), List.of(), false);
  }

  private DealerBrowser signedIn(String staffId) {
    DealerBrowser browser = new DealerBrowser("http://127.0.0.1:" + port);
    browser.submit(browser.open("/staff/login"), "main form", Map.of("username", staffId, "password",
        STAFF_PASSWORD));
    assertThat(browser.url()).endsWith("/staff");
    return browser;
  }

  /** The application as a client with the tests' redirect address and a secret of its own. */
  private OidcTestClient application() throws Exception {
    clients.register(CLIENT, List.of(OidcTestClient.REDIRECT_URI), List.of(), false);
    return new OidcTestClient("http://127.0.0.1:" + port, CLIENT, clients.newSecret(CLIENT));
  }

  @Test
  void anAccessAdministratorChangesTheAddressesAndTheSignInUsesThemAtOnce() throws Exception {
    DealerBrowser admin = signedIn(accessAdmin);
    Document page = admin.open("/staff/sign-in-clients");
    assertThat(page.select("#client-smartcash textarea[name=redirectUris]").text())
        .isEqualTo("https://smartcash.lender.example/callback");

    Document refused = admin.submit(page, "#client-smartcash form", Map.of("redirectUris",
        "http://localhost:8080/callback"));
    assertThat(refused.select("#error-smartcash").text()).isEqualTo("Redirect addresses: "
        + "http://localhost:8080/callback names localhost: use 127.0.0.1 (the sign-in accepts no localhost address).");
    assertThat(refused.select("#client-smartcash textarea[name=redirectUris]").text()).as("what was typed stays")
        .isEqualTo("http://localhost:8080/callback");
    assertThat(clients.findByClientId(CLIENT).getRedirectUris()).as("nothing saved")
        .containsExactly("https://smartcash.lender.example/callback");

    Document saved = admin.submit(admin.open("/staff/sign-in-clients"), "#client-smartcash form",
        Map.of("redirectUris", OidcTestClient.REDIRECT_URI + "\n https://smartcash.lender.example/callback "));
    assertThat(saved.select("#saved-smartcash").text())
        .startsWith("Saved.");
    assertThat(clients.findByClientId(CLIENT).getRedirectUris()).containsExactlyInAnyOrder(
        OidcTestClient.REDIRECT_URI, "https://smartcash.lender.example/callback");
    // audited: who, which client, what
    assertThat(saved.select("#changes tbody tr").first().text()).contains(accessAdmin).contains("smartcash")
        .contains("Redirect addresses [" + OidcTestClient.REDIRECT_URI + ", https://smartcash.lender.example/callback]")
        .contains("confidential");

    // the next sign-in may use the new address
    AccountView dealer = account("OWNER", "SMARTCASH");
    OidcTestClient application = new OidcTestClient("http://127.0.0.1:" + port, CLIENT, clients.newSecret(CLIENT));
    OidcTestClient.Flow flow = application.flow(true);
    application.signIn(flow, dealer.userId(), PASSWORD);
    assertThat(application.code(flow)).isNotBlank();
  }

  @Test
  void aNewSecretIsShownOnceAndTheOldOneStopsWorking() throws Exception {
    AccountView dealer = account("OWNER", "SMARTCASH");
    clients.register(CLIENT, List.of(OidcTestClient.REDIRECT_URI), List.of(), false);
    String oldSecret = clients.newSecret(CLIENT);
    DealerBrowser admin = signedIn(accessAdmin);

    Document page = admin.submit(admin.open("/staff/sign-in-clients"), "form[action$=/smartcash/secret]", Map.of());
    String newSecret = page.select("#secret-smartcash").text();
    assertThat(page.select("#changes tbody tr").first().text()).contains(accessAdmin).contains("A new client secret")
        .doesNotContain(newSecret);
    assertThat(newSecret).hasSizeGreaterThan(40);
    assertThat(admin.open("/staff/sign-in-clients").select("#secret-smartcash")).as("shown once").isEmpty();

    OidcTestClient old = new OidcTestClient("http://127.0.0.1:" + port, CLIENT, oldSecret);
    OidcTestClient.Flow flow = old.flow(true);
    old.signIn(flow, dealer.userId(), PASSWORD);
    assertThat(old.exchange(flow, old.code(flow)).error()).isEqualTo("invalid_client");
    OidcTestClient renewed = new OidcTestClient("http://127.0.0.1:" + port, CLIENT, newSecret);
    OidcTestClient.Flow again = renewed.flow(true);
    renewed.signIn(again, dealer.userId(), PASSWORD);
    assertThat(renewed.exchange(again, renewed.code(again)).error()).isNull();
  }

  @Test
  void aHelpDeskAgentMayNotOpenThePage() {
    DealerBrowser agent = signedIn(staffMember("helpdesk"));
    agent.open("/staff/sign-in-clients");
    assertThat(agent.status()).isEqualTo(403);
  }

  @Test
  void aKeyThatCannotBeReadAfterTheTokenSecretChangedIsReplacedNotFatal() throws Exception {
    String unreadable = "k-" + java.util.UUID.randomUUID();
    // after the secret changed no stored key can be read: the readable ones of the other tests retired here
    jdbc.update("update sign_in_key set retired_at = current_timestamp, published_until = current_timestamp "
        + "where retired_at is null");
    jdbc.update("insert into sign_in_key (kid, jwk, created_at) values (?, ?, ?)", unreadable,
        org.springframework.security.crypto.encrypt.Encryptors.delux("another-secret", "6465616c6572")
            .encrypt("{\"kty\":\"RSA\"}"), java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(60)));
    OidcTestClient application = application();

    OidcTestClient.Tokens tokens = application.signedIn(account("OWNER", "SMARTCASH").userId(), PASSWORD);

    assertThat(JWSObject.parse(tokens.accessToken()).getHeader().getKeyID()).isNotEqualTo(unreadable);
    assertThat(application.get("/oauth2/jwks").body()).doesNotContain(unreadable);
    assertThat(jdbc.queryForObject("select retired_at from sign_in_key where kid = ?", java.sql.Timestamp.class,
        unreadable)).as("retired").isNotNull();
  }

  @Test
  void aRotatedKeyStaysPublishedSoTheTokensItSignedStillValidate() throws Exception {
    AccountView dealer = account("OWNER", "SMARTCASH");
    OidcTestClient application = application();
    OidcTestClient.Tokens before = application.signedIn(dealer.userId(), PASSWORD);

    DealerBrowser admin = signedIn(accessAdmin);
    Document rotated = admin.submit(admin.open("/staff/sign-in-clients"), "form[action$=/rotate-key]", Map.of());
    String newKid = rotated.select("#rotated span").text();

    OidcTestClient.Tokens after = application.refresh(before.refreshToken());
    String oldKid = JWSObject.parse(before.accessToken()).getHeader().getKeyID();
    assertThat(JWSObject.parse(after.accessToken()).getHeader().getKeyID()).isEqualTo(newKid).isNotEqualTo(oldKid);
    assertThat(application.get("/oauth2/jwks").body()).contains(oldKid, newKid);
    // both validate against the published set
    assertThat(application.accessTokenClaims(before.accessToken()).getSubject()).isEqualTo(dealer.userId());
    assertThat(application.accessTokenClaims(after.accessToken()).getSubject()).isEqualTo(dealer.userId());
  }
}
