package io.dealeraccess.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.web.DealerBrowser;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The local mailbox of `./mvnw spring-boot:run`: the embedded SMTP server receives real SMTP, the page lists the
 * newest emails and opens each by its Message-ID, and older emails are deleted so a long run does not keep them all
 * in memory.
 */
class LocalMailboxIntegrationTests extends IntegrationTestSupport {

  @Autowired
  EmbeddedMailServer server;
  /** Real SMTP to the embedded server (a free port and keep 3 in application-test.yaml). */
  private final JavaMailSenderImpl mailSender = new JavaMailSenderImpl();

  @BeforeEach
  void sendToTheEmbeddedServer() {
    mailSender.setHost("localhost");
    mailSender.setPort(server.port());
  }

  @Test
  void thePageShowsTheNewestEmailsOpensEachByItsIdAndOlderOnesAreDeleted() throws Exception {
    server.prune();
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      ids.add(send("mailbox" + i + "@dealer.example", "Email " + i, "Body of email " + i
          + "\nhttp://localhost:" + port + "/status"));
    }
    server.prune();
    assertThat(server.count()).isEqualTo(3);
    // the recipients whose emails were all deleted are gone too (each address had one email)
    assertThat(server.recipients()).isEqualTo(3);

    DealerBrowser browser = new DealerBrowser(baseUrl());
    Document list = browser.open("/mailbox");
    assertThat(browser.status()).isEqualTo(200);
    assertThat(list.select("tbody tr a").eachText()).containsExactly("Email 5", "Email 4", "Email 3");
    assertThat(list.select("tbody tr td:nth-child(2)").eachText())
        .containsExactly("mailbox5@dealer.example", "mailbox4@dealer.example", "mailbox3@dealer.example");

    Element newest = list.selectFirst("tbody tr a");
    Document message = browser.open(newest.attr("href"));
    assertThat(browser.status()).isEqualTo(200);
    assertThat(message.select("h1").text()).isEqualTo("Email 5");
    assertThat(message.select("pre").text()).as("a text-only email shows its text").contains("Body of email 5");
    assertThat(message.select("main ul a").eachAttr("href")).containsExactly("http://localhost:" + port + "/status");

    // an email deleted as too old, and one that never existed: not found, no error page
    for (String gone : List.of(ids.get(0), "<nothing@nowhere>")) {
      browser.open("/mailbox/message?id=" + java.net.URLEncoder.encode(gone, java.nio.charset.StandardCharsets.UTF_8));
      assertThat(browser.status()).isEqualTo(404);
    }
    assertThat(server.message(ids.get(4))).isNotNull();
    assertThat(server.message(ids.get(1))).isNull();
  }

  @Test
  void olderEmailsAreDeletedWithoutAnyoneOpeningThePage() throws Exception {
    for (int i = 1; i <= 6; i++) {
      send("pruned" + i + "@dealer.example", "Pruned " + i, "text");
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (server.count() > 3 && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertThat(server.count()).isEqualTo(3);
    assertThat(server.messages()).extracting(MailboxEntry::subject)
        .containsExactly("Pruned 6", "Pruned 5", "Pruned 4");
  }

  @Test
  void anHtmlEmailToTwoRecipientsIsOneRowInEasternTimeAndOpensAsTheDealerSeesIt() throws Exception {
    server.prune();
    MimeMessage message = mailSender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
    helper.setFrom("no-reply@dealeraccess.example");
    helper.setTo(new String[] {"first@dealer.example", "second@dealer.example"});
    helper.setSubject("Both of you");
    helper.setText("Plain words", "<p style=\"color: #222\">HTML <strong>words</strong></p>");
    mailSender.send(message);

    DealerBrowser browser = new DealerBrowser(baseUrl());
    Document list = browser.open("/mailbox");
    assertThat(list.select("tbody tr a").eachText()).as("one row, not one per recipient").containsOnlyOnce("Both of you");
    assertThat(list.selectFirst("tbody tr td").text()).as("received, in the help desk's zone").matches(".* E[SD]T");
    assertThat(list.selectFirst("tbody tr td:nth-child(2)").text())
        .isEqualTo("first@dealer.example, second@dealer.example");

    Document page = browser.open(list.selectFirst("tbody tr a").attr("href"));
    String html = page.selectFirst("iframe#message-html").attr("src");
    Document shown = browser.open(html);
    assertThat(shown.select("strong").text()).isEqualTo("words");
    assertThat(browser.header("Content-Security-Policy")).as("the email's own styles, no script")
        .contains("default-src 'none'").contains("style-src 'unsafe-inline'").contains("sandbox");
    assertThat(browser.header("X-Frame-Options")).isEqualTo("SAMEORIGIN");
    Document text = browser.open(page.selectFirst("a#show-plain-text").attr("href"));
    assertThat(text.select("pre").text()).isEqualTo("Plain words");
  }

  private String send(String to, String subject, String text) throws Exception {
    MimeMessage message = mailSender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
    helper.setFrom("no-reply@dealeraccess.example");
    helper.setTo(to);
    helper.setSubject(subject);
    helper.setText(text);
    mailSender.send(message);
    return message.getMessageID();
  }
}
