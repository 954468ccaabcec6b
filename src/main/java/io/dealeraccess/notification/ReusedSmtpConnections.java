package io.dealeraccess.notification;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Spring's mail sender, but an SMTP connection stays open after a send for the next one (Spring's opens a connection,
 * greets the server and closes it for every email). In a burst of escalations that conversation was most of a mail
 * job's time. At most {@code idleConnections} connections wait between sends; more senders at once open more.
 *
 * <p>A waiting connection is checked with the server (SMTP NOOP) before it is used again, so one the server has
 * closed meanwhile is replaced, never used; a connection is closed after a failed send, after
 * {@value #MAX_MESSAGES_PER_CONNECTION} emails or after {@code maxAge}, since mail servers limit both. Failures
 * surface exactly as Spring's sender reports them ({@link MailSendException}, {@link MailAuthenticationException}).
 */
class ReusedSmtpConnections extends JavaMailSenderImpl implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(ReusedSmtpConnections.class);
  static final int MAX_MESSAGES_PER_CONNECTION = 50;
  private static final String MESSAGE_ID = "Message-ID";

  private final BlockingDeque<Connection> idle;
  private final boolean keepOpen;
  private final Duration maxAge;
  private final AtomicInteger opened = new AtomicInteger();

  /** {@code idleConnections} 0: every connection is closed after its send, as Spring's sender does. */
  ReusedSmtpConnections(int idleConnections, Duration maxAge) {
    if (idleConnections < 0) {
      throw new IllegalArgumentException("dealeraccess.mail.idle-connections cannot be negative");
    }
    this.idle = new LinkedBlockingDeque<>(Math.max(1, idleConnections));
    this.keepOpen = idleConnections > 0;
    this.maxAge = maxAge;
  }

  @Override
  protected void doSend(MimeMessage[] messages, Object[] originals) {
    Connection connection = borrow(messages, originals);
    Map<Object, Exception> failed = new LinkedHashMap<>();
    for (int i = 0; i < messages.length; i++) {
      MimeMessage message = messages[i];
      try {
        if (message.getSentDate() == null) {
          message.setSentDate(new Date());
        }
        // saveChanges() would replace a Message-ID set by the caller
        String messageId = message.getMessageID();
        message.saveChanges();
        if (messageId != null) {
          message.setHeader(MESSAGE_ID, messageId);
        }
        Address[] recipients = message.getAllRecipients();
        connection.transport.sendMessage(message, recipients != null ? recipients : new Address[0]);
        connection.sent++;
      } catch (Exception e) {
        failed.put(originals != null ? originals[i] : message, e);
      }
    }
    if (keepOpen && failed.isEmpty() && connection.reusable()) {
      if (!idle.offerFirst(connection)) {
        connection.close();
      }
    } else {
      connection.close();
    }
    if (!failed.isEmpty()) {
      throw new MailSendException(failed);
    }
  }

  /** A connection waiting from an earlier send that the server still answers, or a new one. */
  private Connection borrow(MimeMessage[] messages, Object[] originals) {
    Connection waiting;
    while ((waiting = idle.pollFirst()) != null) {
      if (waiting.reusable() && waiting.transport.isConnected()) {
        return waiting;
      }
      waiting.close();
    }
    try {
      Transport transport = connectTransport();
      opened.incrementAndGet();
      return new Connection(transport, System.nanoTime());
    } catch (AuthenticationFailedException e) {
      throw new MailAuthenticationException(e);
    } catch (MessagingException e) {
      Map<Object, Exception> failed = new LinkedHashMap<>();
      for (int i = 0; i < messages.length; i++) {
        failed.put(originals != null ? originals[i] : messages[i], e);
      }
      throw new MailSendException("Mail server connection failed", e, failed);
    }
  }

  /** Connections waiting for the next send. */
  int idleConnections() {
    return idle.size();
  }

  /** Connections opened so far. */
  int connectionsOpened() {
    return opened.get();
  }

  @Override
  public void destroy() {
    Connection connection;
    while ((connection = idle.pollFirst()) != null) {
      connection.close();
    }
  }

  private final class Connection {
    final Transport transport;
    final long openedAt;
    int sent;

    Connection(Transport transport, long openedAt) {
      this.transport = transport;
      this.openedAt = openedAt;
    }

    boolean reusable() {
      return sent < MAX_MESSAGES_PER_CONNECTION && System.nanoTime() - openedAt < maxAge.toNanos();
    }

    void close() {
      try {
        transport.close();
      } catch (MessagingException e) {
        log.debug("Closing an SMTP connection failed", e);
      }
    }
  }
}
