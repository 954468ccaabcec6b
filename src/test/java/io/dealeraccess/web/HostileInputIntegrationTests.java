package io.dealeraccess.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.account.NewAccount;
import io.dealeraccess.account.SecurityAnswer;
import io.dealeraccess.account.SecurityQuestion;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
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

  /** Fields that are never stored as typed: secrets (stored hashed), codes kept elsewhere, the form's own keys. */
  private static final Set<String> NOT_A_COLUMN = Set.of("password", "confirmPassword", "currentPassword", "answer",
      "answer1", "answer2", "answer3", "question1", "question2", "question3", "applications", "submissionKey",
      "captcha");

  @Autowired
  JdbcTemplate jdbc;

  /** Where an accepted submission of a form is stored: nowhere, a new request, or the subject's own user ID. */
  enum Storage { NOTHING, NEW_REQUEST, ACCOUNT }

  /** One case's own start: a fresh browser at a freshly fetched form, about a subject no other case touches. */
  record Prepared(DealerBrowser browser, Document page, Map<String, Object> valid, String userId) {}

  /**
   * One form: how a case reaches it, where an accepted submission is stored (with the columns of fields not named
   * after their column), and whether a refusal names its field (login and status answer in general words on
   * purpose: they must not tell which part was wrong).
   */
  record FormUnderTest(String name, Storage storage, boolean fieldMessages, Map<String, String> columns,
      Supplier<Prepared> prepare) {}

  /** Per form: cases refused with their message, and accepted cases whose value was found stored as typed. */
  private final Map<String, int[]> outcomes = new java.util.concurrent.ConcurrentHashMap<>();

  @TestFactory
  Stream<DynamicNode> everyFieldOfEveryForm() {
    List<FormUnderTest> all = forms();
    Stream<DynamicNode> forms = all.stream().map(form -> {
      Prepared first = form.prepare().get();
      Element element = first.page().selectFirst("main form");
      assertThat(element).as("form of %s", form.name()).isNotNull();
      List<String> fields = element.select("input[name], select[name], textarea[name]").stream()
          .filter(field -> !field.attr("type").equals("submit"))
          .map(field -> field.attr("name")).filter(name -> !name.equals("_csrf")).distinct().toList();
      Set<String> hidden = element.select("input[type=hidden][name]").stream().map(field -> field.attr("name"))
          .collect(Collectors.toSet());
      assertThat(fields).as("fields of %s", form.name()).isNotEmpty();
      if (first.userId() != null) {
        accounts.deactivate(first.userId());
      }
      List<DynamicNode> cases = new ArrayList<>();
      for (String field : fields) {
        for (String value : HOSTILE) {
          cases.add(dynamicTest(field + " = " + describe(value), () -> {
            // every case its own page (its own submission key) and its own subject: an accepted case cannot turn
            // the later ones into replays of its confirmation, nor lock the ID they work on
            Prepared prepared = form.prepare().get();
            try {
              attack(form, prepared, field, value, hidden);
            } finally {
              // the case's own ID is retired with it: thousands of active IDs would change what other suites in this
              // shared database see (the inactivity sweep works on every active ID)
              if (prepared.userId() != null) {
                accounts.deactivate(prepared.userId());
              }
            }
          }));
        }
      }
      return (DynamicNode) dynamicContainer(form.name(), cases);
    });
    // run after every form case above
    return Stream.concat(forms, Stream.of(dynamicTest("no control character was stored anywhere",
        this::assertNoControlCharacterStored), dynamicTest("the cases reached the forms' own checks", () -> {
          outcomes.forEach((form, counts) -> System.out.printf("hostile input: %-36s %4d refused with a message, "
              + "%4d stored as typed%n", form, counts[0], counts[1]));
          for (FormUnderTest form : all) {
            assertThat(outcomes.getOrDefault(form.name(), new int[2])[0]).as("cases of %s refused with a message",
                form.name()).isPositive();
          }
          for (Storage storage : List.of(Storage.NEW_REQUEST, Storage.ACCOUNT)) {
            assertThat(all.stream().filter(form -> form.storage() == storage)
                .mapToInt(form -> outcomes.getOrDefault(form.name(), new int[2])[1]).sum())
                .as("cases found stored as typed in %s", storage).isGreaterThan(5);
          }
        })));
  }

  /** One hostile value in one field of a freshly opened form: refused next to the field, or stored as typed. */
  private void attack(FormUnderTest form, Prepared prepared, String field, String value, Set<String> hidden) {
    Map<String, Object> values = new LinkedHashMap<>(prepared.valid());
    values.put(field, value);
    long requestsBefore = latestRequestId();
    Map<String, Object> accountBefore = account(prepared.userId());
    Document result = prepared.browser().submit(prepared.page(), "main form", values);
    assertHarmless(prepared.browser(), result, value);
    assertEveryRequestHasItsProcess();

    boolean refused = prepared.browser().status() >= 400 || !result.select(".invalid-feedback").isEmpty()
        || (!form.fieldMessages() && !result.select("[role=alert], .alert").isEmpty());
    if (refused) {
      assertThat(latestRequestId()).as("no request stored when the form is refused").isEqualTo(requestsBefore);
      if (form.storage() == Storage.ACCOUNT) {
        assertThat(account(prepared.userId())).as("the user ID unchanged when the form is refused")
            .isEqualTo(accountBefore);
      }
      if (form.fieldMessages() && !hidden.contains(field) && prepared.browser().status() < 400) {
        // two passwords that differ: the message is where the second was typed
        String shownAt = field.equals("password") && result.selectFirst("#password-error") == null
            ? "confirmPassword" : field;
        assertThat(result.selectFirst("#" + shownAt + "-error")).as("a message next to %s: %s", field,
            result.select(".invalid-feedback").text()).isNotNull();
      }
      outcomes.computeIfAbsent(form.name(), name -> new int[2])[0]++;
      return;
    }
    // "_applications" and the like are Spring's checkbox markers, not values
    if (form.storage() == Storage.NOTHING || NOT_A_COLUMN.contains(field) || field.startsWith("_")) {
      return;
    }
    Map<String, Object> stored = form.storage() == Storage.NEW_REQUEST
        ? jdbc.queryForList("select * from user_id_request where id > ? order by id", requestsBefore)
            .stream().reduce((a, b) -> b).orElse(null)
        : account(prepared.userId());
    assertThat(stored).as("%s accepted: something stored", form.name()).isNotNull();
    String column = form.columns().getOrDefault(field, snakeCase(field)).toUpperCase(Locale.ROOT);
    assertThat(stored).as("column %s", column).containsKey(column);
    assertStoredAsTyped(field, value, stored.get(column));
    outcomes.computeIfAbsent(form.name(), name -> new int[2])[1]++;
  }

  /** As typed: surrounding spaces go, an email or user ID keeps its letters in any case, a phone its digits. */
  private static void assertStoredAsTyped(String field, String typed, Object stored) {
    String expected = typed.strip();
    if (expected.isEmpty()) {
      assertThat(stored == null || "".equals(stored)).as("%s left empty is stored empty: %s", field, stored).isTrue();
    } else if (field.equals("businessPhone")) {
      assertThat(String.valueOf(stored).replaceAll("\\D", "")).isEqualTo(expected.replaceAll("\\D", ""));
    } else if (field.toLowerCase(Locale.ROOT).contains("email") || field.equals("userId")) {
      assertThat(String.valueOf(stored)).isEqualToIgnoringCase(expected);
    } else {
      assertThat(stored).as("%s stored as typed", field).isEqualTo(expected);
    }
  }

  private static String snakeCase(String field) {
    return field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  private long latestRequestId() {
    Long id = jdbc.queryForObject("select max(id) from user_id_request", Long.class);
    return id == null ? 0 : id;
  }

  /** The subject's user ID row, with column names as the database reports them. */
  private Map<String, Object> account(String userId) {
    if (userId == null) {
      return Map.of();
    }
    return jdbc.queryForList("select * from dealer_user where user_id = ?", userId).stream().findFirst()
        .orElse(Map.of());
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
    return List.of(
        new FormUnderTest("registration: PDN", Storage.NOTHING, true, Map.of(),
            () -> page("/register", Map.of("pdn", "10001"), null)),
        new FormUnderTest("registration: details", Storage.NEW_REQUEST, true, Map.of(),
            () -> page("/register/details?pdn=10001", DealerForms.registration(uniqueUserId()), null)),
        new FormUnderTest("remove access", Storage.NEW_REQUEST, true, Map.of(), () -> {
          AccountView holder = freshAccount("OFFICE_MANAGER", "SMARTCASH", "INTELLIRATER");
          return page("/requests/remove/details?pdn=10001", Map.of("pdn", "10001", "userId", holder.userId(),
              "firstName", "Robin", "lastName", "Owner", "email", holder.email(), "businessPhone", "555-222-3333",
              "applications", "INTELLIRATER"), holder.userId());
        }),
        new FormUnderTest("deactivate", Storage.NEW_REQUEST, true, Map.of("reason", "deactivation_reason"), () -> {
          AccountView leaving = freshAccount("SALESPERSON", "SMARTCASH");
          return page("/requests/deactivate/details?pdn=10001", Map.of("pdn", "10001", "userId", leaving.userId(),
              "firstName", "Dana", "lastName", "Manager", "email", "office@dealer.example", "businessPhone",
              "555-222-3333", "role", "OFFICE_MANAGER", "submittedBy", "DEALERSHIP", "reason", "LEFT_DEALERSHIP"),
              leaving.userId());
        }),
        new FormUnderTest("reactivate", Storage.NOTHING, true, Map.of(), () -> {
          AccountView idle = idleAccount();
          return page("/requests/reactivate/details?pdn=10001", Map.of("pdn", "10001", "userId", idle.userId(),
              "firstName", "Robin", "lastName", "Owner", "email", idle.email(), "businessPhone", "555-222-3333"),
              idle.userId());
        }),
        new FormUnderTest("reactivation question", Storage.NOTHING, true, Map.of(), this::reactivationQuestion),
        new FormUnderTest("status", Storage.NOTHING, false, Map.of(),
            () -> page("/status", Map.of("reference", "R-AAAA-AAAA", "email", "nobody@dealer.example"), null)),
        new FormUnderTest("login", Storage.NOTHING, false, Map.of(),
            () -> page("/login", Map.of("userId", "hostile.tester", "password", "wrong"), null)),
        new FormUnderTest("forgot password", Storage.NOTHING, true, Map.of(),
            () -> page("/forgot-password", Map.of("userId", "hostile.tester", "email", "nobody@dealer.example"),
                null)),
        new FormUnderTest("forgot user ID", Storage.NOTHING, true, Map.of(),
            () -> page("/forgot-user-id", Map.of("pdn", "10001", "email", "nobody@dealer.example"), null)),
        new FormUnderTest("My Profile: edit profile", Storage.ACCOUNT, true, Map.of(),
            () -> loggedIn(freshAccount("OFFICE_MANAGER", "SMARTCASH"), "/account/profile",
                Map.of("firstName", "Robin", "lastName", "Owner", "businessPhone", "555-222-3333", "role",
                    "OFFICE_MANAGER"))),
        new FormUnderTest("My Profile: email", Storage.ACCOUNT, true, Map.of("email", "pending_email"),
            () -> loggedIn(freshAccount("OFFICE_MANAGER", "SMARTCASH"), "/account/email",
                Map.of("email", uniqueUserId() + "@dealer.example", "currentPassword", SAFE_PASSWORD))),
        new FormUnderTest("My Profile: password", Storage.ACCOUNT, true, Map.of(),
            () -> loggedIn(freshAccount("OFFICE_MANAGER", "SMARTCASH"), "/account/password",
                Map.of("currentPassword", SAFE_PASSWORD, "password", "A-Different-Passphrase-8", "confirmPassword",
                    "A-Different-Passphrase-8"))),
        new FormUnderTest("My Profile: challenge questions", Storage.ACCOUNT, true, Map.of(),
            () -> loggedIn(freshAccount("OFFICE_MANAGER", "SMARTCASH"), "/account/questions",
                Map.of("question1", "FIRST_PET", "answer1", "Rex", "question2", "BIRTH_CITY", "answer2", "Boston",
                    "question3", "FIRST_CAR", "answer3", "Ford", "currentPassword", SAFE_PASSWORD))),
        new FormUnderTest("My Profile: help desk question", Storage.ACCOUNT, true,
            Map.of("question", "helpdesk_question"),
            () -> loggedIn(freshAccount("OFFICE_MANAGER", "SMARTCASH"), "/account/helpdesk-question",
                Map.of("question", "Name of my first dealership?", "answer", "Main Street Motors",
                    "currentPassword", SAFE_PASSWORD))),
        new FormUnderTest("My Profile: request applications", Storage.NEW_REQUEST, true, Map.of(),
            () -> loggedIn(freshAccount("GENERAL_MANAGER", "SMARTCASH"), "/account/applications/request",
                Map.of("applications", "INTELLIRATER"))));
  }

  private Prepared page(String path, Map<String, Object> valid, String userId) {
    DealerBrowser browser = new DealerBrowser(baseUrl());
    return new Prepared(browser, browser.open(path), valid, userId);
  }

  /** The secrets of every fresh account, hashed once: each case's own account is one insert, not four hashes. */
  private String passwordHash;
  private List<SecurityAnswer> answers;

  /** A fresh ACTIVE user ID at PDN 10001 whose password is {@link #PASSWORD}, for one case only. */
  private AccountView freshAccount(String role, String... applications) {
    if (passwordHash == null) {
      passwordHash = secrets.hashPassword(PASSWORD);
      answers = List.of(new SecurityAnswer(SecurityQuestion.FIRST_PET, secrets.hashAnswer("Rex")),
          new SecurityAnswer(SecurityQuestion.BIRTH_CITY, secrets.hashAnswer("Boston")),
          new SecurityAnswer(SecurityQuestion.FIRST_CAR, secrets.hashAnswer("Ford")));
    }
    String userId = uniqueUserId();
    return accounts.provision(new NewAccount(userId, "10001", "Robin", "Owner", userId + "@dealer.example",
        "555-222-3333", role, passwordHash, answers, List.of(applications), null));
  }

  private AccountView idleAccount() {
    AccountView idle = freshAccount("OFFICE_MANAGER", "SMARTCASH");
    accounts.markInactive(idle.userId());
    return idle;
  }

  /** A new idle ID each time, at its security question: three wrong answers block an ID's reactivation a while. */
  private Prepared reactivationQuestion() {
    AccountView idle = idleAccount();
    DealerBrowser browser = new DealerBrowser(baseUrl());
    Document details = browser.open("/requests/reactivate/details?pdn=10001");
    Document question = browser.submit(details, "main form", Map.of("userId", idle.userId(), "firstName", "Robin",
        "lastName", "Owner", "email", idle.email(), "businessPhone", "555-222-3333"));
    assertThat(browser.url()).endsWith("/requests/reactivate/question");
    return new Prepared(browser, question, Map.of("answer", "not the answer"), idle.userId());
  }

  private Prepared loggedIn(AccountView account, String path, Map<String, Object> valid) {
    DealerBrowser browser = new DealerBrowser(baseUrl());
    Document login = browser.open("/login");
    browser.submit(login, "main form", Map.of("userId", account.userId(), "password", PASSWORD));
    assertThat(browser.url()).endsWith("/account");
    return new Prepared(browser, browser.open(path), valid, account.userId());
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
    // as a number of its own: a generated user ID or reference may hold the digits by chance
    assertThat(page.text()).as("no template expression evaluated").doesNotContainPattern(
        "(?<![0-9A-Za-z])1337(?![0-9A-Za-z])");
    if (sent.contains("<")) {
      assertThat(html).as("markup echoed escaped").doesNotContain(sent);
      assertThat(page.select("script:not([src]):not([type=application/json])")).isEmpty();
      assertThat(page.select("img[onerror]")).isEmpty();
    }
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
