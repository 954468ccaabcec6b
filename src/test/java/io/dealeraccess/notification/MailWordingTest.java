package io.dealeraccess.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The emails as the dealer reads them: one story per email, no stray blank lines, a greeting only with a name. */
class MailWordingTest {

  private final MailTemplates templates = new MailTemplates(messages());

  private static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("messages");
    source.setDefaultEncoding("UTF-8");
    return source;
  }

  private static Map<String, Object> request(List<String> now, boolean smartAuction) {
    Map<String, Object> model = new HashMap<>();
    model.put("lenderName", "Lender");
    model.put("portalName", "Dealer Services");
    model.put("helpDeskPhone", "1-800-555-0100");
    model.put("reference", "R-ABCD-EFGH");
    model.put("requestType", "New user ID");
    model.put("requestKind", "new user ID");
    model.put("firstName", "Pat");
    model.put("userId", "pat.sales");
    model.put("dealershipName", "Riverside Motors");
    model.put("pdn", "10001");
    model.put("applications", now);
    model.put("applicationsNow", now);
    model.put("smartAuctionRequested", smartAuction);
    model.put("loginUrl", "http://localhost:8080/login");
    return model;
  }

  private static void readsWell(String text) {
    assertThat(text).as("no stray blank lines").doesNotContain("\n\n\n").doesNotStartWith("\n");
    assertThat(text).as("a greeting has a name").doesNotContain("Hello,").doesNotContain("Hello ,");
  }

  @Test
  void addedApplicationsAreAddedNowAndSmartAuctionAfterItsStepsInThatOrder() {
    MailTemplates.RenderedMail mail = templates.render("access-added",
        request(List.of("SmartCash", "IntelliRater"), true));

    readsWell(mail.text());
    assertThat(mail.text()).contains("Added to your user ID pat.sales now: SmartCash, IntelliRater.")
        .contains("Log in to use them");
    assertThat(mail.text().indexOf("Log in to use them")).as("what to do with what is added, before what follows")
        .isLessThan(mail.text().indexOf("SmartAuction needs additional steps"));
    assertThat(mail.html()).contains("Log in to use").doesNotContain("are added");
  }

  @Test
  void onlySmartAuctionAsksForNoLoginYet() {
    MailTemplates.RenderedMail mail = templates.render("access-added", request(List.of(), true));

    readsWell(mail.text());
    assertThat(mail.text()).contains("is approved.").contains("SmartAuction needs additional steps")
        .doesNotContain("Log in");
  }

  @Test
  void oneApplicationWithoutSmartAuction() {
    String text = templates.render("access-added", request(List.of("SmartCash"), false)).text();

    readsWell(text);
    assertThat(text).contains("Log in to use it:").doesNotContain("SmartAuction");
  }

  @Test
  void theReceiptSpeaksInSentenceCase() {
    String text = templates.render("request-received", request(List.of("SmartCash"), false)).text();

    readsWell(text);
    assertThat(text).contains("We received your new user ID request");
  }

  @Test
  void aUserIdReminderForAnAddressWithNoIdHasNoNamelessGreeting() {
    Map<String, Object> model = request(List.of(), false);
    model.put("firstName", null);
    model.put("reference", null);
    model.put("heldIds", List.of());
    model.put("inactiveIds", List.of());
    model.put("registerUrl", "http://localhost:8080/register");

    String text = templates.render("user-id-reminder", model).text();

    readsWell(text);
    assertThat(text).startsWith("You asked for the user ID");
  }
}
