package io.dealeraccess.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * For browser tests outside this package: delivers an email by real SMTP to the local mailbox of
 * {@code spring-boot:run} (the tests' application sends its own mail to the test GreenMail), so the mailbox pages
 * show an email the product really wrote.
 */
public final class LocalMailbox {

  private LocalMailbox() {}

  public static void deliver(ApplicationContext context, MimeMessage email) throws MessagingException {
    JavaMailSenderImpl smtp = new JavaMailSenderImpl();
    smtp.setHost("localhost");
    smtp.setPort(context.getBean(EmbeddedMailServer.class).port());
    smtp.send(new MimeMessage(email));
  }
}
