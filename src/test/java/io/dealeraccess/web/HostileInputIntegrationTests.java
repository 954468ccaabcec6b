package io.dealeraccess.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.account.AccountView;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hostile and malformed values in every field of every form of the dealer app, and in every request parameter and
 * path variable: no 5xx, nothing echoed unescaped, no template expression evaluated, no stack trace or framework page,
 * and either a message next to a field with nothing stored, or the whole request stored with its process.
 *
 * <p>The fields are read off the rendered forms, so a field added to a form is attacked without changing this test.
 */
class HostileInputIntegrationTests extends IntegrationTestSupport {

  /** Evaluated by a template engine, these would print 1337. */
  static final List<String> HOSTILE = List.of(
      "",
      "   ",
      "x".repeat(10_000),
      "José Ñúñez-Øster 日本語 Ελληνικά",
      "😀🚗💥",
      "nul\u0000byte",
      "bell\u0007and\u001bescape",
      "line\r\nbreak",
      "<script>alert('xss')</script>",
      "\"><img src=x onerror=alert(1)>",
      "' OR '1'='1' --",
      "1; DROP TABLE dealer_user; --",
      "${1336+1}",
      "#{1336+1}",
      "*{1336+1}",
      "__${1336+1}__::.x",
      "{{1336+1}}",
      "${T(java.lang.Runtime).getRuntime().exec('id')}",
      "../../../../etc/passwd",
      "..%2F..%2Fetc%2Fpasswd",
      "1234",
      "123456",
      "ABCDE",
      "555-CALL-NOW",
      "not-an-email",
      "a@b",
      "@dealer.example",
      "-1",
      "99999999999999999999");

  private static final String SAFE_PASSWORD = PASSWORD;

  @Autowired
  JdbcTemplate jdbc;

  /** One form: how a fresh browser reaches it, and a complete valid submission to vary one field of. */
  record FormUnderTest(String name, Function<DealerBrowser, Document> open, String selector,
      Supplier<Map<String, Object>> valid) {}

  @TestFactory
  Stream<DynamicNode> everyFieldOfEveryForm() {
    Stream<DynamicNode> forms = forms().stream().map(form -> {
      DealerBrowser browser = new DealerBrowser(baseUrl());
      Document page = form.open().apply(browser);
      Element element = page.selectFirst(form.selector());
      assertThat(element).as("form of %s", form.name()).isNotNull();
      List<String> fields = element.select("input[name], select[name], textarea[name]").stream()
          .filter(field -> !field.attr("type").equals("submit"))
          .map(field -> field.attr("name")).filter(name -> !name.equals("_csrf"))
          // wrong current passwords count as failed logins (5 lock the ID, ProfileIntegrationTests): varying it would
          // lock the form's owner and leave the later cases at the login page instead of the form
          .filter(name -> !name.equals("currentPassword")).distinct().toList();
      assertThat(fields).as("fields of %s", form.name()).isNotEmpty();
      List<DynamicNode> cases = new ArrayList<>();
      for (String field : fields) {
        for (String value : HOSTILE) {
          cases.add(dynamicTest(field + " = " + describe(value), () -> {
            // a page of its own per case where a case can change what the form shows (wizard steps, attempts)
            Document form0 = form.name().startsWith("reactivation question") ? form.open().apply(browser) : page;
            Map<String, Object> values = new LinkedHashMap<>(form.valid().get());
            values.put(field, value);
            long requestsBefore = requestCount();
            Document result = browser.submit(form0, form.selector(), values);
            assertHarmless(browser, result, value);
            boolean fieldError = !result.select(".invalid-feedback").isEmpty();
            if (fieldError || browser.status() >= 400) {
              assertThat(requestCount()).as("nothing stored when the form is refused").isEqualTo(requestsBefore);
            }
            assertEveryRequestHasItsProcess();
          }));
        }
      }
      return (DynamicNode) dynamicContainer(form.name(), cases);
    });
    // runs after every form case above
    return Stream.concat(forms, Stream.of(dynamicTest("no control character was stored anywhere",
        this::assertNoControlCharacterStored)));
  }

  @TestFactory
  Stream<DynamicNode> everyRequestParameterAndPathVariable() {
    List<String> templates = List.of(
        "/register/details?pdn=%s",
        "/requests/remove/details?pdn=%s",
        "/requests/deactivate/details?pdn=%s",
        "/requests/reactivate/details?pdn=%s",
        "/register/verify?ref=%1$s&token=%1$s",
        "/register/verify?ref=R-AAAA-AAAA&token=%s",
        "/password/set?token=%s",
        "/password/set?user=%1$s&expires=%1$s&token=%1$s",
        "/email/confirm?token=%s",
        "/email/confirm?user=%1$s&email=%1$s&expires=%1$s&token=%1$s",
        "/smartauction/terms?ref=%1$s&token=%1$s",
        "/status?reference=%s",
        "/login?error=%s",
        "/?loggedOut=%s",
        "/captcha.png?v=%s",
        "/mailbox/%s",
        "/mailbox/message?id=%s",
        "/requests/%s",
        "/requests/%s/details",
        "/assets/css/%s",
        "/webjars/%s",
        "/%s");
    return templates.stream().map(template -> dynamicContainer(template, HOSTILE.stream()
        .filter(value -> !template.contains("/%s") || !value.isEmpty())
        .map(value -> dynamicTest(describe(value), () -> {
          DealerBrowser browser = new DealerBrowser(baseUrl());
          String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
          Document result = browser.open(template.formatted(encoded));
          assertHarmless(browser, result, value);
        }))));
  }

  @TestFactory
  Stream<DynamicNode> rawPathsTheFirewallRefuses() {
    return Stream.of("/register/%2e%2e/%2e%2e/etc/passwd", "/assets/..%2f..%2fapplication.yaml", "/register;jsessionid=x",
            "/requests/%00", "/register/%0d%0aSet-Cookie:%20x=1", "/webjars/../application.yaml", "//register",
            "/register/..;/..;/etc/passwd")
        .map(path -> dynamicTest(path, () -> {
          DealerBrowser browser = new DealerBrowser(baseUrl());
          Document result = browser.open(path);
          assertHarmless(browser, result, "");
          assertThat(result.text()).doesNotContain("dealeraccess:", "spring:", "root:x:0:0");
        }));
  }

  private List<FormUnderTest> forms() {
    AccountView profileOwner = account("OFFICE_MANAGER", "SMARTCASH");
    AccountView idleForQuestion = account("OFFICE_MANAGER", "SMARTCASH");
    accounts.markInactive(idleForQuestion.userId());
    AccountView holder = account("OFFICE_MANAGER", "SMARTCASH", "INTELLIRATER");
    AccountView leaving = account("SALESPERSON", "SMARTCASH");
    return List.of(
        new FormUnderTest("registration: PDN", b -> b.open("/register"), "main form",
            () -> Map.of("pdn", "10001")),
        new FormUnderTest("registration: details", b -> b.open("/register/details?pdn=10001"), "main form",
            this::validRegistration),
        new FormUnderTest("remove access", b -> b.open("/requests/remove/details?pdn=10001"), "main form",
            () -> Map.of("pdn", "10001", "userId", holder.userId(), "firstName", "Robin", "lastName", "Owner",
                "email", holder.email(), "businessPhone", "555-222-3333", "applications", "INTELLIRATER")),
        new FormUnderTest("deactivate", b -> b.open("/requests/deactivate/details?pdn=10001"), "main form",
            () -> Map.of("pdn", "10001", "userId", leaving.userId(), "firstName",
                "Dana", "lastName", "Manager", "email", "office@dealer.example", "businessPhone", "555-222-3333",
                "role", "OFFICE_MANAGER", "submittedBy", "DEALERSHIP", "reason", "LEFT_DEALERSHIP")),
        new FormUnderTest("reactivate", b -> b.open("/requests/reactivate/details?pdn=10001"), "main form",
            () -> Map.of("pdn", "10001", "userId", idleForQuestion.userId(), "firstName", "Robin", "lastName",
                "Owner", "email", idleForQuestion.email(), "businessPhone", "555-222-3333")),
        new FormUnderTest("reactivation question", b -> reactivationQuestion(b), "main form",
            () -> Map.of("answer", "not the answer")),
        new FormUnderTest("status", b -> b.open("/status"), "main form",
            () -> Map.of("reference", "R-AAAA-AAAA", "email", "nobody@dealer.example")),
        new FormUnderTest("login", b -> b.open("/login"), "main form",
            () -> Map.of("userId", "hostile.tester", "password", "wrong")),
        new FormUnderTest("My Profile: edit profile", b -> loggedIn(b, profileOwner, "/account/profile"),
            "main form", () -> Map.of("firstName", "Robin", "lastName", "Owner", "businessPhone", "555-222-3333",
                "role", "OFFICE_MANAGER")),
        new FormUnderTest("My Profile: email", b -> loggedIn(b, profileOwner, "/account/email"), "main form",
            () -> Map.of("email", uniqueUserId() + "@dealer.example", "currentPassword", SAFE_PASSWORD)),
        new FormUnderTest("My Profile: password", b -> loggedIn(b, profileOwner, "/account/password"),
            "main form", () -> Map.of("currentPassword", SAFE_PASSWORD, "password", SAFE_PASSWORD,
                "confirmPassword", SAFE_PASSWORD)),
        new FormUnderTest("My Profile: challenge questions", b -> loggedIn(b, profileOwner, "/account/questions"),
            "main form", () -> Map.of("question1", "FIRST_PET", "answer1", "Rex", "question2", "BIRTH_CITY",
                "answer2", "Boston", "question3", "FIRST_CAR", "answer3", "Ford", "currentPassword", SAFE_PASSWORD)),
        new FormUnderTest("My Profile: help desk question",
            b -> loggedIn(b, profileOwner, "/account/helpdesk-question"), "main form",
            () -> Map.of("question", "Name of my first dealership?", "answer", "Main Street Motors",
                "currentPassword", SAFE_PASSWORD)),
        new FormUnderTest("My Profile: request applications",
            b -> loggedIn(b, account("GENERAL_MANAGER", "SMARTCASH"), "/account/applications/request"), "main form",
            () -> Map.of("applications", "INTELLIRATER")));
  }

  private Map<String, Object> validRegistration() {
    return DealerForms.registration(uniqueUserId());
  }

  /** A new idle ID each time: three wrong answers block an ID's reactivation for a while. */
  private Document reactivationQuestion(DealerBrowser browser) {
    AccountView idle = account("OFFICE_MANAGER", "SMARTCASH");
    accounts.markInactive(idle.userId());
    Document details = browser.open("/requests/reactivate/details?pdn=10001");
    Document question = browser.submit(details, "main form", Map.of("userId", idle.userId(), "firstName", "Robin",
        "lastName", "Owner", "email", idle.email(), "businessPhone", "555-222-3333"));
    assertThat(browser.url()).endsWith("/requests/reactivate/question");
    return question;
  }

  private static Document loggedIn(DealerBrowser browser, AccountView account, String path) {
    Document login = browser.open("/login");
    browser.submit(login, "main form", Map.of("userId", account.userId(), "password", PASSWORD));
    assertThat(browser.url()).endsWith("/account");
    return browser.open(path);
  }

  /** What must hold for any answer to any input. */
  static void assertHarmless(DealerBrowser browser, Document page, String sent) {
    String html = page.outerHtml();
    assertThat(browser.status()).as("status of %s", browser.url()).isLessThan(500);
    if (browser.contentType() != null && browser.contentType().startsWith("image/")) {
      return;
    }
    assertThat(page.selectFirst("header.site-header")).as("an answer in the app's own look: %s", browser.url())
        .isNotNull();
    assertThat(html).doesNotContain("Whitelabel", "Exception", "\tat ", "org.springframework", "org.hibernate",
        "org.h2", "SQLState", "Stacktrace");
    assertThat(page.text()).as("no template expression evaluated").doesNotContain("1337");
    if (sent.contains("<")) {
      assertThat(html).as("markup echoed escaped").doesNotContain(sent);
      assertThat(page.select("script:not([src]):not([type=application/json])")).isEmpty();
      assertThat(page.select("img[onerror]")).isEmpty();
    }
  }

  private long requestCount() {
    return jdbc.queryForObject("select count(*) from user_id_request", Long.class);
  }

  /** No request without its process instance, none half-stored. */
  private void assertEveryRequestHasItsProcess() {
    List<String> orphans = jdbc.queryForList("select reference from user_id_request r where reference not like "
        + "'R-DEMO%' and (process_instance_id is null or not exists (select 1 from act_hi_procinst p where "
        + "p.id_ = r.process_instance_id))", String.class);
    assertThat(orphans).as("requests without a process instance").isEmpty();
  }

  /** NUL and other control characters are refused at the door (PostgreSQL would not even store a NUL). */
  private void assertNoControlCharacterStored() {
    for (String table : List.of("dealer_user", "dealer_user_security_answer", "user_id_request", "request_event",
        "account_event", "application_grant")) {
      for (Map<String, Object> row : jdbc.queryForList("select * from " + table)) {
        row.forEach((column, value) -> {
          if (value instanceof String text) {
            // the automated checks write a multi-line summary of their own (line breaks only)
            boolean systemText = List.of("check_results", "detail").contains(column.toLowerCase());
            assertThat(text.chars().noneMatch(c -> Character.isISOControl(c) && !(systemText && c == '\n')))
                .as("%s.%s holds no control character: %s", table, column, describe(text)).isTrue();
          }
        });
      }
    }
  }

  private static String describe(String value) {
    String shown = value.length() > 40 ? value.substring(0, 12) + "…(" + value.length() + " chars)" : value;
    StringBuilder printable = new StringBuilder();
    shown.codePoints().forEach(c -> printable.append(Character.isISOControl(c) ? String.format("\\u%04x", c)
        : new String(Character.toChars(c))));
    return "[" + printable + "]";
  }
}
