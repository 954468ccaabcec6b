package io.dealeraccess.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * For local runs: an SMTP server on {@code spring.mail.port} (loopback only) that keeps what it receives for the
 * mailbox page. Off with {@code dealeraccess.mail.embedded-server.enabled=false}; then mail goes to a real server.
 */
@Component
@ConditionalOnProperty(name = "dealeraccess.mail.embedded-server.enabled", havingValue = "true")
class EmbeddedMailServer implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServer.class);
  private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>]+");

  private final GreenMail greenMail;
  private volatile boolean running;

  EmbeddedMailServer(@Value("${spring.mail.port}") int port) {
    this.greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  }

  @Override
  public void start() {
    greenMail.start();
    running = true;
    log.info("Embedded SMTP server on 127.0.0.1:{}; read the mail at /mailbox",
        greenMail.getSmtp().getServerSetup().getPort());
  }

  @Override
  public void stop() {
    greenMail.stop();
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    // up before anything that sends, down after it
    return Integer.MIN_VALUE + 100;
  }

  /** Received mail, newest first. */
  List<MailboxEntry> messages() {
    MimeMessage[] received = greenMail.getReceivedMessages();
    List<MailboxEntry> entries = new ArrayList<>();
    for (int i = received.length - 1; i >= 0; i--) {
      entries.add(entry(i, received[i]));
    }
    return entries;
  }

  MailboxEntry message(int index) {
    MimeMessage[] received = greenMail.getReceivedMessages();
    if (index < 0 || index >= received.length) {
      return null;
    }
    return entry(index, received[index]);
  }

  private static MailboxEntry entry(int index, MimeMessage message) {
    try {
      String text = MailText.plainText(message);
      List<String> links = new ArrayList<>();
      Matcher matcher = LINK.matcher(text == null ? "" : text);
      while (matcher.find()) {
        links.add(matcher.group());
      }
      String to = Arrays.toString(message.getRecipients(Message.RecipientType.TO));
      Instant sent = message.getSentDate() == null ? null : message.getSentDate().toInstant();
      return new MailboxEntry(index, to.substring(1, to.length() - 1), message.getSubject(), sent, text,
          links.stream().distinct().toList());
    } catch (MessagingException | IOException e) {
      return new MailboxEntry(index, "?", "(unreadable message)", null, e.getMessage(), List.of());
    }
  }


  record MailboxEntry(int index, String to, String subject, Instant sentAt, String text, List<String> links) {}
}
