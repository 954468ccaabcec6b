package io.dealeraccess.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * A help-desk agent in Camunda Tasklist, rendering our Camunda Forms: logs in, opens a review, claims it, decides it
 * through the form's own fields and presses Complete.
 */
final class TasklistAgent {

  private final Page page;
  private final String baseUrl;

  private TasklistAgent(Page page, String baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  /** Logs in to Tasklist as the demo agent ("agent"/"agent") in this window. */
  static TasklistAgent logIn(Page page, String baseUrl) {
    page.navigate(baseUrl + "/camunda/app/tasklist/default/");
    // Tasklist renders its login view more than once while it loads, and autofocus can pull typing into the user
    // name field: wait for its requests to settle and check what the fields hold before logging in
    page.waitForLoadState(LoadState.NETWORKIDLE);
    Locator username = page.getByPlaceholder("Username");
    Locator password = page.getByPlaceholder("Password");
    for (int attempt = 0; attempt < 5; attempt++) {
      username.fill("agent");
      password.fill("agent");
      if ("agent".equals(username.inputValue()) && "agent".equals(password.inputValue())) {
        break;
      }
    }
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    page.getByText("Help desk queue").first().waitFor();
    return new TasklistAgent(page, baseUrl);
  }

  Page page() {
    return page;
  }

  /** Opens the task by its link (as from the queue) and waits for our form to show this reference. */
  TasklistAgent open(String taskId, String reference) {
    page.navigate(baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId);
    Locator referenceField = page.getByLabel("Reference").first();
    referenceField.waitFor();
    page.waitForCondition(() -> reference.equals(referenceField.inputValue()));
    return this;
  }

  /**
   * Opens "Help desk queue", checks that exactly one task's card shows {@code cardText} and opens it; waits for our
   * form's field {@code label} to show {@code value}.
   */
  TasklistAgent openTheOneInTheQueue(String cardText, String label, String value) {
    page.getByText("Help desk queue").first().click();
    Locator cards = page.locator(".tasks-list li").filter(new Locator.FilterOptions().setHasText(cardText));
    cards.first().waitFor();
    PlaywrightAssertions.assertThat(cards).hasCount(1);
    cards.first().click();
    Locator field = page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).first();
    field.waitFor();
    page.waitForCondition(() -> value.equals(field.inputValue()));
    return this;
  }

  TasklistAgent claim() {
    page.getByText("Claim", new Page.GetByTextOptions().setExact(true)).click();
    complete().waitFor();
    return this;
  }

  /** Picks a decision of the form's "Decision" radio group by its label. */
  TasklistAgent decide(String decisionLabel) {
    page.getByLabel(decisionLabel, new Page.GetByLabelOptions().setExact(true)).check();
    return this;
  }

  /** Opens the reason list and picks this reason. */
  TasklistAgent reason(String label) {
    openReasons();
    page.locator(".fjs-dropdownlist-item").filter(new Locator.FilterOptions().setHasText(label)).first().click();
    return this;
  }

  TasklistAgent openReasons() {
    Locator select = page.locator(".fjs-form-field-select");
    if (select.locator(".fjs-select-cross").isVisible()) {
      // a reason is chosen: its cross clears it, then the list opens as for a first choice
      select.locator(".fjs-select-cross").click();
    }
    if (!page.locator(".fjs-dropdownlist").isVisible()) {
      select.locator(".fjs-select-display, .fjs-select-placeholder").first().click();
    }
    page.locator(".fjs-dropdownlist").waitFor();
    return this;
  }

  TasklistAgent explain(String text) {
    page.getByLabel("Explanation for the dealer", new Page.GetByLabelOptions().setExact(false)).fill(text);
    return this;
  }

  Locator complete() {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete"));
  }

  /** Presses Complete: it must be enabled. */
  void pressComplete() {
    PlaywrightAssertions.assertThat(complete()).isEnabled();
    complete().click();
  }

  /** Waits up to 30 seconds for what Tasklist's call does in the engine (the browser does not say when it is done). */
  static void waitUntil(BooleanSupplier condition, String what) {
    Instant end = Instant.now().plus(Duration.ofSeconds(30));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(end)) {
        throw new AssertionError("waited 30 s for " + what);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
