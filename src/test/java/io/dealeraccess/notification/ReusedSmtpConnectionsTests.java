package io.dealeraccess.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.MimeMessageHelper;

/** The mail sender that keeps SMTP connections open, against a real SMTP server (GreenMail). */
class ReusedSmtpConnectionsTests {

  private GreenMail server = start(0);
  private final ReusedSmtpConnections sender = new ReusedSmtpConnections(2, Duration.ofMinutes(1));

  @AfterEach
  void stop() {
    sender.destroy();
    server.stop();
  }

  @Test
  void emailsOneAfterAnotherShareOneConnectionAndKeepTheirMessageIds() throws Exception {
    pointAt(server);
    for (int i = 1; i <= 5; i++) {
      sender.send(email("Email " + i, "<email" + i + "@dealeraccess.example>"));
    }

    assertThat(sender.connectionsOpened()).isEqualTo(1);
    MimeMessage[] received = server.getReceivedMessages();
    assertThat(Arrays.stream(received).map(this::subject)).containsExactly("Email 1", "Email 2", "Email 3",
        "Email 4", "Email 5");
    assertThat(received[2].getMessageID()).isEqualTo("<email3@dealeraccess.example>");
  }

  @Test
  void aConnectionTheServerClosedMeanwhileIsReplacedAndTheEmailStillGoesOut() throws Exception {
    pointAt(server);
    sender.send(email("Before the restart", null));
    int port = server.getSmtp().getPort();
    server.stop();
    server = start(port);

    sender.send(email("After the restart", null));

    assertThat(sender.connectionsOpened()).isEqualTo(2);
    assertThat(Arrays.stream(server.getReceivedMessages()).map(this::subject)).containsExactly("After the restart");
  }

  @Test
  void aConnectionIsRetiredAfterSoManyEmails() throws Exception {
    pointAt(server);
    for (int i = 0; i <= ReusedSmtpConnections.MAX_MESSAGES_PER_CONNECTION; i++) {
      sender.send(email("Email " + i, null));
    }

    assertThat(sender.connectionsOpened()).isEqualTo(2);
    assertThat(server.getReceivedMessages()).hasSize(ReusedSmtpConnections.MAX_MESSAGES_PER_CONNECTION + 1);
  }

  @Test
  void sendersAtTheSameMomentAllGetTheirEmailsOutAndAtMostTheIdleLimitWaits() throws Exception {
    pointAt(server);
    Thread[] senders = new Thread[4];
    for (int t = 0; t < senders.length; t++) {
      int thread = t;
      senders[t] = new Thread(() -> {
        for (int i = 0; i < 10; i++) {
          sender.send(email("Thread " + thread + " email " + i, null));
        }
      });
      senders[t].start();
    }
    for (Thread thread : senders) {
      thread.join();
    }

    assertThat(server.getReceivedMessages()).hasSize(40);
    assertThat(sender.idleConnections()).isBetween(1, 2);
    int before = sender.connectionsOpened();
    sender.send(email("Later", null));
    assertThat(sender.connectionsOpened()).isEqualTo(before);
  }

  @Test
  void withNoIdleConnectionsEveryEmailHasAConnectionOfItsOwn() throws Exception {
    ReusedSmtpConnections closing = new ReusedSmtpConnections(0, Duration.ofMinutes(1));
    closing.setHost("127.0.0.1");
    closing.setPort(server.getSmtp().getPort());
    for (int i = 1; i <= 3; i++) {
      closing.send(email("Email " + i, null));
    }

    assertThat(closing.connectionsOpened()).isEqualTo(3);
    assertThat(closing.idleConnections()).isZero();
    assertThat(server.getReceivedMessages()).hasSize(3);
  }

  @Test
  void aServerThatIsDownFailsTheSendAsSpringsSenderWould() throws Exception {
    pointAt(server);
    server.stop();

    assertThatThrownBy(() -> sender.send(email("Nobody listens", null))).isInstanceOf(MailSendException.class)
        .hasMessageContaining("Mail server connection failed")
        .satisfies(e -> assertThat(((MailSendException) e).getFailedMessages()).hasSize(1));
  }

  private void pointAt(GreenMail smtp) {
    sender.setHost("127.0.0.1");
    sender.setPort(smtp.getSmtp().getPort());
  }

  private MimeMessage email(String subject, String messageId) {
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom("no-reply@dealeraccess.example");
      helper.setTo("dealer@dealer.example");
      helper.setSubject(subject);
      helper.setText("text", "<p>html</p>");
      if (messageId != null) {
        message.setHeader("Message-ID", messageId);
      }
      return message;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static GreenMail start(int port) {
    ServerSetup smtp = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    GreenMail greenMail = new GreenMail(port == 0 ? smtp.dynamicPort() : smtp);
    greenMail.start();
    return greenMail;
  }
}
