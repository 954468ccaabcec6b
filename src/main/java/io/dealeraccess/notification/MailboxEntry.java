package io.dealeraccess.notification;

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

/**
 * One email in the local mailbox as its page shows it: known by its Message-ID, with its HTML part (null for a
 * text-only email), its plain text and the links it holds.
 */
record MailboxEntry(String id, String to, String subject, Instant receivedAt, String text, String html,
    List<String> links) {

  private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>]+");

  static MailboxEntry of(MimeMessage message, Instant received) {
    try {
      String text = MailText.plainText(message);
      List<String> links = new ArrayList<>();
      Matcher matcher = LINK.matcher(text == null ? "" : text);
      while (matcher.find()) {
        links.add(matcher.group());
      }
      String to = Arrays.toString(message.getRecipients(Message.RecipientType.TO));
      return new MailboxEntry(id(message), to.substring(1, to.length() - 1), message.getSubject(), received, text,
          MailText.html(message), links.stream().distinct().toList());
    } catch (MessagingException | IOException e) {
      return new MailboxEntry(id(message), "?", "(unreadable message)", received, e.getMessage(), null, List.of());
    }
  }

  static String id(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (MessagingException e) {
      return null;
    }
  }
}
