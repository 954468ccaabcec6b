package io.dealeraccess.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.account.AccountView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A submitted request is stored once: under load every registration gets its own reference and process; the same form
 * sent twice (a double click, back and resubmit, a replayed POST) creates one request.
 */
class SubmissionIntegrationTests extends IntegrationTestSupport {

  @Autowired
  JdbcTemplate jdbc;

  private Document detailsPage(DealerBrowser browser) {
    return browser.open("/register/details?pdn=10001");
  }

  private String reference(Document confirmation) {
    assertThat(confirmation.getElementById("reference")).as("a confirmation page: %s", confirmation.location())
        .isNotNull();
    return confirmation.getElementById("reference").text();
  }

  /** The requests stored for this user ID, each checked to have exactly one process instance. */
  private List<String> requestsFor(String userId) {
    List<String> references = jdbc.queryForList("select reference from user_id_request where user_id = ?",
        String.class, userId);
    for (String reference : references) {
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).count())
          .as("process instances of %s", reference).isEqualTo(1);
    }
    return references;
  }

  @Test
  void twoHundredRegistrationsAtOnceAreEachStoredOnceWithTheirOwnReferenceAndProcess() throws Exception {
    int registrations = 200;
    ExecutorService dealers = Executors.newFixedThreadPool(32);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String[]>> results = new ArrayList<>();
    for (int i = 0; i < registrations; i++) {
      results.add(dealers.submit(() -> {
        DealerBrowser browser = new DealerBrowser(baseUrl());
        Document page = detailsPage(browser);
        String userId = uniqueUserId();
        start.await();
        return new String[] {userId, reference(browser.submit(page, "main form", DealerForms.registration(userId)))};
      }));
    }
    start.countDown();
    dealers.shutdown();
    assertThat(dealers.awaitTermination(5, TimeUnit.MINUTES)).isTrue();

    Set<String> references = new HashSet<>();
    for (Future<String[]> result : results) {
      String userId = result.get()[0];
      String shown = result.get()[1];
      assertThat(requestsFor(userId)).as("requests stored for %s", userId).containsExactly(shown);
      references.add(shown);
    }
    assertThat(references).as("every reference unique").hasSize(registrations);
  }

  @Test
  void aReplayedRegistrationShowsTheFirstConfirmationAndCreatesNothingMore() {
    DealerBrowser browser = new DealerBrowser(baseUrl());
    Document page = detailsPage(browser);
    String userId = uniqueUserId();

    String first = reference(browser.submit(page, "main form", DealerForms.registration(userId)));
    // the same page sent again: browser back and resubmit, or the same POST replayed
    String again = reference(browser.submit(page, "main form", DealerForms.registration(userId)));

    assertThat(again).isEqualTo(first);
    assertThat(requestsFor(userId)).containsExactly(first);
  }

  @Test
  void aFormPageReplayedFromAnotherSessionNeverShowsTheFirstPersonsConfirmation() {
    DealerBrowser victim = new DealerBrowser(baseUrl());
    Document page = detailsPage(victim);
    String userId = uniqueUserId();
    String victimsReference = reference(victim.submit(page, "main form", DealerForms.registration(userId)));

    // someone else sends the victim's submission key in a form of their own session
    DealerBrowser other = new DealerBrowser(baseUrl());
    Map<String, Object> replay = new HashMap<>(DealerForms.registration(userId));
    replay.put("submissionKey", page.selectFirst("input[name=submissionKey]").val());
    Document answer = other.submit(detailsPage(other), "main form", replay);

    assertThat(answer.text()).doesNotContain(victimsReference).doesNotContain(userId + "@");
    assertThat(requestsFor(userId)).containsExactly(victimsReference);
  }

  @Test
  void aDoubleClickSendsTheFormTwiceAtTheSameMomentAndCreatesOneRequest() throws Exception {
    for (int round = 0; round < 100; round++) {
      DealerBrowser browser = new DealerBrowser(baseUrl());
      Document page = detailsPage(browser);
      String userId = uniqueUserId();
      DealerBrowser sameBrowser = browser.secondTab();
      CountDownLatch click = new CountDownLatch(1);
      ExecutorService twoClicks = Executors.newFixedThreadPool(2);
      Future<Document> firstClick = twoClicks.submit(() -> {
        click.await();
        return browser.submit(page, "main form", DealerForms.registration(userId));
      });
      Future<Document> secondClick = twoClicks.submit(() -> {
        click.await();
        return sameBrowser.submit(page, "main form", DealerForms.registration(userId));
      });
      click.countDown();

      String first = reference(firstClick.get(1, TimeUnit.MINUTES));
      String second = reference(secondClick.get(1, TimeUnit.MINUTES));
      twoClicks.shutdown();

      assertThat(second).as("both clicks end on the same confirmation").isEqualTo(first);
      assertThat(requestsFor(userId)).containsExactly(first);
    }
  }

  @Test
  void aResubmittedRemoveRequestAndAddRequestAreStoredOnce() {
    AccountView holder = account("OFFICE_MANAGER", "SMARTCASH", "INTELLIRATER");
    DealerBrowser dealer = new DealerBrowser(baseUrl());
    Document remove = dealer.open("/requests/remove/details?pdn=10001");
    Map<String, Object> fields = Map.of("userId", holder.userId(), "firstName", "Robin", "lastName", "Owner",
        "email", holder.email(), "businessPhone", "555-222-3333", "applications", "INTELLIRATER");
    String first = reference(dealer.submit(remove, "main form", fields));
    assertThat(reference(dealer.submit(remove, "main form", fields))).isEqualTo(first);

    AccountView asking = account("GENERAL_MANAGER", "SMARTCASH");
    DealerBrowser loggedIn = new DealerBrowser(baseUrl());
    loggedIn.submit(loggedIn.open("/login"), "main form", Map.of("userId", asking.userId(), "password", PASSWORD));
    Document add = loggedIn.open("/account/applications/request");
    String added = reference(loggedIn.submit(add, "main form", Map.of("applications", "INTELLIRATER")));
    assertThat(reference(loggedIn.submit(add, "main form", Map.of("applications", "INTELLIRATER"))))
        .as("not 'you already have a request in review', but the confirmation of that request").isEqualTo(added);

    assertThat(requestsFor(holder.userId())).containsExactly(first);
    assertThat(requestsFor(asking.userId())).containsExactly(added);
  }

  @Test
  void aNewVisitToTheFormIsANewRequest() {
    AccountView holder = account("OFFICE_MANAGER", "SMARTCASH", "INTELLIRATER");
    DealerBrowser dealer = new DealerBrowser(baseUrl());
    Map<String, Object> fields = Map.of("userId", holder.userId(), "firstName", "Robin", "lastName", "Owner",
        "email", holder.email(), "businessPhone", "555-222-3333", "applications", "INTELLIRATER");
    String first = reference(dealer.submit(dealer.open("/requests/remove/details?pdn=10001"), "main form", fields));
    String second = reference(dealer.submit(dealer.open("/requests/remove/details?pdn=10001"), "main form",
        fields));

    assertThat(second).as("the form opened again and filled in again").isNotEqualTo(first);
    assertThat(requestsFor(holder.userId())).containsExactlyInAnyOrder(first, second);
  }
}
