package io.dealeraccess.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.UploadedFile.UploadRefusedException;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.account.DealerUserStatus;
import io.dealeraccess.account.SecurityQuestion;
import io.dealeraccess.web.DealerBrowser;
import io.dealeraccess.web.DealerBrowser.Upload;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The old portal's user IDs through the real staff page: an access administrator uploads the file, reads every
 * line's problems before anything is saved, imports all or nothing; each owner gets one email with a single-use link
 * to set a password and security questions, then logs in; the 60-day rule counts from the imported last use.
 */
class LegacyUserIdImportIntegrationTests extends IntegrationTestSupport {

  private static final String ADMIN_PASSWORD = STAFF_PASSWORD;
  private static final String HEADER =
      "user_id,pdn,first_name,last_name,email,business_phone,role,applications,last_used_at\n";

  @Autowired
  private LegacyUserIds legacy;

  @Autowired
  private JdbcTemplate jdbc;

  private String accessAdmin;

  @BeforeEach
  void anAccessAdministrator() {
    accessAdmin = staffMember("access-admins");
  }

  private DealerBrowser signedIn(String user, String password) {
    DealerBrowser browser = new DealerBrowser(baseUrl());
    browser.submit(browser.open("/staff/login"), "main form", Map.of("username", user, "password", password));
    return browser;
  }

  private static Document upload(DealerBrowser browser, String csv) {
    return browser.submit(browser.open("/staff/user-ids/import"), "main form[enctype]",
        Map.of("file", Upload.csv("old-portal.csv", csv)));
  }

  /** A line for a new person at PDN 10001 (active), a Finance Manager with SmartCash, last used {@code lastUsed}. */
  private static String line(String userId, String lastUsed) {
    return userId + ",10001,Alex,Kim," + userId + "@dealer.example,(555) 010-2000,FINANCE_MANAGER,SMARTCASH,"
        + lastUsed + "\n";
  }

  private static String problemsOf(Document page, int line) {
    return page.select("#lines tbody tr").stream().filter(row -> row.child(0).text().equals(String.valueOf(line)))
        .findFirst().orElseThrow().child(4).text();
  }

  @Test
  void thePreviewListsEveryLinesProblemsAndSavesNothing() {
    AccountView existing = account("FINANCE_MANAGER", "SMARTCASH");
    String fresh = uniqueUserId();
    String csv = HEADER + line(fresh, "2026-01-05")
        + "\n"
        + "x1,1234,Al3x,Kim,not-an-email,12,CEO,SMARTCASH,soon\n"
        + existing.userId() + ",99998,Jo,Doe,jo." + fresh + "@dealer.example,555-010-2001,TITLE_CLERK,"
        + "SMARTCASH;WIDGETS,2999-01-01\n"
        + fresh.toUpperCase() + ",10001,Sam,Lee," + existing.email() + ",555-010-2002,SALESPERSON,,2026-01-05\n"
        + "other." + fresh + ",10001,Alex,Kim," + fresh + "@dealer.example,555-010-2000,OWNER,,2026-01-05\n";

    Document preview = upload(signedIn(accessAdmin, ADMIN_PASSWORD), csv);

    assertThat(preview.getElementById("counts").text()).isEqualTo("1 to import, 4 with a problem.");
    assertThat(problemsOf(preview, 2)).isEqualTo("none");
    assertThat(problemsOf(preview, 4)).contains("User ID:", "PDN: A PDN is exactly five digits", "First name:",
        "Email:", "Business phone:", "The role \"CEO\" is not one of", "\"soon\" is not an ISO-8601");
    assertThat(problemsOf(preview, 5)).contains("User ID " + existing.userId() + " is taken already.",
        "PDN 99998 is not an active dealership", "Application SMARTCASH is not open to the role Title Clerk.",
        "Application WIDGETS is not one of the portal's applications.", "is in the future.");
    assertThat(problemsOf(preview, 6)).contains("User ID " + fresh + " is on line 2 already",
        existing.email() + " has a user ID at PDN 10001 already");
    assertThat(problemsOf(preview, 7)).contains(fresh + "@dealer.example has a user ID at PDN 10001 on line 2");
    assertThat(preview.getElementById("import")).as("nothing can be imported").isNull();
    assertThat(accounts.find(fresh)).as("nothing saved by the preview").isEmpty();
  }

  @Test
  void aLargeFilesPreviewListsAThousandProblemsAndFiveHundredOthersAndCountsTheWholeFile() {
    StringBuilder csv = new StringBuilder(HEADER);
    String prefix = uniqueUserId();
    for (int i = 0; i < 1_300; i++) {
      csv.append(i % 2 == 0 ? line(prefix + "r" + i, "2026-01-05")
          : prefix + "p" + i + ",10001,Alex,Kim,p" + i + "@dealer.example,555-010-2000,CEO,,2026-01-05\n");
    }
    for (int i = 0; i < 400; i++) {
      csv.append(prefix + "q" + i + ",10001,Alex,Kim,q" + i + "@dealer.example,555-010-2000,CEO,,2026-01-05\n");
    }

    Document preview = upload(signedIn(accessAdmin, ADMIN_PASSWORD), csv.toString());

    assertThat(preview.getElementById("counts").text()).isEqualTo("650 to import, 1050 with a problem.");
    List<String> listed = preview.select("#lines tbody tr").eachText();
    assertThat(preview.select("#lines tbody tr.table-danger")).hasSize(1_000);
    assertThat(listed).hasSize(1_500);
    assertThat(preview.getElementById("not-shown").text()).startsWith("… and 200 more lines, not listed here");
    assertThat(preview.select("#lines tbody tr td:first-child").eachText().stream().map(Long::valueOf).toList())
        .as("in file order").isSorted();
  }

  @Test
  void aFileWithOneBadLineImportsNothing() {
    String good = uniqueUserId();
    DealerBrowser browser = signedIn(accessAdmin, ADMIN_PASSWORD);
    Document preview = upload(browser, HEADER + line(good, "2026-01-05") + line(uniqueUserId(), "never"));
    assertThat(preview.getElementById("fix-first")).isNotNull();
    assertThat(preview.getElementById("import")).isNull();
    Long id = Long.valueOf(browser.url().replaceAll(".*/", ""));

    assertThatThrownBy(() -> legacy.apply(id, accessAdmin)).isInstanceOf(UploadRefusedException.class)
        .hasMessageStartingWith("Nothing was imported");
    assertThat(accounts.find(good)).isEmpty();
    assertThat(mailTo(good + "@dealer.example")).isEmpty();
  }

  @Test
  void aCleanFileImportsEveryIdItsOwnerSetsAPasswordAndQuestionsOnceThenLogsIn() {
    String first = uniqueUserId();
    String second = uniqueUserId();
    String lastUsed = Instant.now().minus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    DealerBrowser admin = signedIn(accessAdmin, ADMIN_PASSWORD);
    Document preview = upload(admin, HEADER + line(first, lastUsed) + line(second, "2026-11-20"));
    assertThat(preview.getElementById("counts").text()).isEqualTo("2 to import, 0 with a problem.");

    Document imported = admin.submit(preview, "form:has(#import)", Map.of());

    assertThat(imported.getElementById("imported").text()).startsWith("Imported: 2 user IDs.");
    AccountView account = accounts.find(first).orElseThrow();
    assertThat(account.status()).isEqualTo(DealerUserStatus.ACTIVE);
    assertThat(account.applicationCodes()).containsExactly("SMARTCASH");
    assertThat(account.businessPhone()).isEqualTo("555-010-2000");
    assertThat(account.lastLoginAt()).isEqualTo(Instant.parse(lastUsed));
    assertThat(mailTo(first + "@dealer.example")).hasSize(1);
    assertThat(mailTo(second + "@dealer.example")).hasSize(1);
    assertThat(imported.getElementById("import")).as("imported once").isNull();
    assertThatThrownBy(() -> legacy.apply(Long.valueOf(admin.url().replaceAll(".*/", "")), accessAdmin))
        .isInstanceOf(UploadRefusedException.class).hasMessageStartingWith("This file was imported already");
    assertThat(accounts.find(second).orElseThrow().lastLoginAt())
        .isEqualTo(Instant.parse("2026-11-20T05:00:00Z"));

    DealerBrowser owner = new DealerBrowser(baseUrl());
    String setPassword = onThisServer(link(first + "@dealer.example", "set your password", "/password/set"));
    Document form = owner.open(setPassword);
    assertThat(form.getElementById("security-questions")).as("an imported ID chooses its questions").isNotNull();
    Map<String, String> values = new HashMap<>(Map.of("password", "Fresh-Start-Password-2", "confirmPassword",
        "Fresh-Start-Password-2", "question1", "FIRST_PET", "answer1", "Rex", "question2", "FIRST_PET",
        "answer2", "Boston", "question3", "FIRST_CAR", "answer3", "Ford"));
    Document repeated = owner.submit(form, "main form", values);
    assertThat(repeated.text()).contains("Choose three different security questions.");
    values.put("question2", "BIRTH_CITY");
    Document done = owner.submit(repeated, "main form", values);
    assertThat(done.getElementById("password-set")).isNotNull();
    assertThat(owner.open(setPassword).getElementById("link-invalid")).as("the link works once").isNotNull();
    assertThat(reactivationAnswers.securityQuestions(first)).containsExactly(SecurityQuestion.FIRST_PET,
        SecurityQuestion.BIRTH_CITY, SecurityQuestion.FIRST_CAR);

    owner.submit(owner.open("/login"), "main form", Map.of("userId", first, "password", "Fresh-Start-Password-2"));
    assertThat(owner.url()).endsWith("/account");
  }

  @Test
  void anOwnerWhoseLinkRanOutGetsANewOneFromForgotPasswordAsTheWelcomeEmailSays() {
    String userId = uniqueUserId();
    String email = userId + "@dealer.example";
    DealerBrowser admin = signedIn(accessAdmin, ADMIN_PASSWORD);
    admin.submit(upload(admin, HEADER + line(userId, "2026-11-20")), "form:has(#import)", Map.of());
    assertThat(body(onlyMailTo(email, "set your password"))).contains("use \"Forgot password?\" on the login page");
    assertThat(jdbc.queryForObject("select password_hash from dealer_user where user_id = ?", String.class, userId))
        .as("the import hashes no password: nobody knows one yet").startsWith("{unset}");

    DealerBrowser owner = new DealerBrowser(baseUrl());
    Document sent = owner.submit(owner.open("/forgot-password"), "main form", Map.of("userId", userId,
        "email", email));

    assertThat(sent.text()).contains("If the user ID and email address you entered match our records");
    Document form = owner.open(onThisServer(link(email, "Set the password of your user ID", "/password/set")));
    assertThat(form.getElementById("security-questions")).as("the new link asks for questions too").isNotNull();
    Document done = owner.submit(form, "main form", Map.of("password", "Fresh-Start-Password-2",
        "confirmPassword", "Fresh-Start-Password-2", "question1", "FIRST_PET", "answer1", "Rex", "question2",
        "BIRTH_CITY", "answer2", "Boston", "question3", "FIRST_CAR", "answer3", "Ford"));
    assertThat(done.getElementById("password-set")).isNotNull();
    owner.submit(owner.open("/login"), "main form", Map.of("userId", userId, "password", "Fresh-Start-Password-2"));
    assertThat(owner.url()).endsWith("/account");
  }

  @Test
  void anImportedIdIdleSeventyDaysByItsLastUseBecomesInactiveOnTheNextSweep() {
    String userId = uniqueUserId();
    String lastUsed = Instant.now().minus(70, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    DealerBrowser admin = signedIn(accessAdmin, ADMIN_PASSWORD);
    admin.submit(upload(admin, HEADER + line(userId, lastUsed)), "form:has(#import)", Map.of());
    assertThat(accounts.find(userId).orElseThrow().status()).isEqualTo(DealerUserStatus.ACTIVE);

    Job timer = managementService.createJobQuery().processDefinitionKey("inactive-user-id-sweep").timers()
        .singleResult();
    managementService.executeJob(timer.getId());
    executeJobs(runtimeService.createProcessInstanceQuery().processDefinitionKey("inactive-user-id-sweep")
        .singleResult().getId());

    assertThat(accounts.find(userId).orElseThrow().status()).isEqualTo(DealerUserStatus.INACTIVE);
  }

  @Test
  void agentsCannotImport() {
    DealerBrowser agent = signedIn(staffMember("helpdesk"), ADMIN_PASSWORD);
    assertThat(agent.url()).endsWith("/staff");
    agent.open("/staff/user-ids/import");
    assertThat(agent.status()).isEqualTo(403);
  }
}
