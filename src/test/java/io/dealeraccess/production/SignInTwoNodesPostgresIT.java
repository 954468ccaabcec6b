package io.dealeraccess.production;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealeraccess.account.AccountService;
import io.dealeraccess.account.NewAccount;
import io.dealeraccess.account.Secrets;
import io.dealeraccess.account.SecurityAnswer;
import io.dealeraccess.account.SecurityQuestion;
import io.dealeraccess.dealership.Dealership;
import io.dealeraccess.dealership.DealershipService;
import io.dealeraccess.signin.OidcTestClient;
import io.dealeraccess.signin.SignInClients;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The sign-in on two nodes of one PostgreSQL database, behind one issuer address (a load balancer's): a dealer signs
 * in on node A (this test's application); node B (the packaged application, its own JVM) validates A's tokens with
 * its own JWKS, refreshes them, and refuses the refresh once the application is removed on A.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "DEALERACCESS_DB_URL=" + SignInTwoNodesPostgresIT.URL, "DEALERACCESS_DB_USER=postgres",
    "DEALERACCESS_ADMIN_PASSWORD=" + Nodes.ADMIN_PASSWORD, "DEALERACCESS_BASE_URL=http://localhost:8080",
    "DEALERACCESS_SECURITY_TOKEN_SECRET=it-secret", "dealeraccess.captcha.enabled=false",
    "dealeraccess.sign-in.issuer=" + SignInTwoNodesPostgresIT.ISSUER})
@ActiveProfiles("postgres")
class SignInTwoNodesPostgresIT {

  static final String DATABASE = "dealeraccess_sign_in_it";
  static final String URL = "jdbc:postgresql://127.0.0.1:5432/" + DATABASE;
  static final String ISSUER = "https://dealers.lender.example";
  private static final String PASSWORD = "Correct-Horse-Staple-9";

  static {
    PostgresDatabases.recreate(DATABASE);
  }

  private static Process nodeB;

  @Autowired
  private SignInClients clients;
  @Autowired
  private AccountService accounts;
  @Autowired
  private DealershipService dealerships;
  @Autowired
  private Secrets secrets;
  @LocalServerPort
  private int port;

  @AfterAll
  static void stopNodeB() {
    Nodes.stopAll();
  }

  @Test
  void aTokenFromOneNodeIsValidatedAndRefreshedOnTheOtherUntilTheApplicationIsRemoved() throws Exception {
    Nodes.Node b = Nodes.start("sign-in-node-b", URL, "--dealeraccess.sign-in.issuer=" + ISSUER);
    nodeB = b.process();
    dealerships.saveIfAbsent(new Dealership("10001", "Riverside Motors", true));
    String userId = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    accounts.provision(new NewAccount(userId, "10001", "Robin", "Owner", userId + "@dealer.example", "555-222-3333",
        "OWNER", secrets.hashPassword(PASSWORD),
        List.of(new SecurityAnswer(SecurityQuestion.FIRST_PET, secrets.hashAnswer("Rex")),
            new SecurityAnswer(SecurityQuestion.BIRTH_CITY, secrets.hashAnswer("Boston")),
            new SecurityAnswer(SecurityQuestion.FIRST_CAR, secrets.hashAnswer("Ford"))),
        List.of("INTELLIRATER"), null));
    clients.register("intellirater", List.of(OidcTestClient.REDIRECT_URI), List.of(), false);
    String secret = clients.newSecret("intellirater");
    b.awaitReady();

    OidcTestClient onA = new OidcTestClient("http://127.0.0.1:" + port, "intellirater", secret, true);
    OidcTestClient onB = new OidcTestClient(b.url().replace("localhost", "127.0.0.1"), "intellirater", secret, true);
    assertThat(onB.provider().getIssuer().getValue()).isEqualTo(ISSUER);
    OidcTestClient.Flow flow = onA.flow(true);
    onA.signIn(flow, userId, PASSWORD);
    OidcTestClient.Tokens fromA = onA.exchange(flow, onA.code(flow));
    assertThat(fromA.error()).isNull();
    assertThat(fromA.idTokenClaims().getIssuer().getValue()).isEqualTo(ISSUER);

    // B publishes the key A signed with, from the database
    assertThat(onB.idTokenClaims(fromA.idToken()).getSubject().getValue()).isEqualTo(userId);
    assertThat(onB.accessTokenClaims(fromA.accessToken()).getStringListClaim("applications"))
        .containsExactly("INTELLIRATER");

    // B refreshes what A issued; A validates what B issued
    OidcTestClient.Tokens fromB = onB.refresh(fromA.refreshToken());
    assertThat(fromB.error()).isNull();
    assertThat(onA.idTokenClaims(fromB.idToken()).getSubject().getValue()).isEqualTo(userId);

    accounts.revoke(userId, List.of("INTELLIRATER"));

    assertThat(onB.refresh(fromB.refreshToken()).error()).isEqualTo("invalid_grant");
  }
}
