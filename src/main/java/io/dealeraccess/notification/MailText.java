package io.dealeraccess.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;

/** Reads the plain-text and HTML parts of an email (the local mailbox page shows them; tests read links). */
public final class MailText {

  private MailText() {}

  /** The plain-text part of a message, or null when it has none. */
  public static String plainText(Part part) throws MessagingException, IOException {
    return firstPart(part, "text/plain");
  }

  /** The HTML part of a message, or null when it has none. */
  public static String html(Part part) throws MessagingException, IOException {
    return firstPart(part, "text/html");
  }

  private static String firstPart(Part part, String mimeType) throws MessagingException, IOException {
    if (part.isMimeType(mimeType)) {
      return part.getContent().toString();
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        String text = firstPart(multipart.getBodyPart(i), mimeType);
        if (text != null) {
          return text;
        }
      }
    }
    return null;
  }
}
