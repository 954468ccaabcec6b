package io.dealeraccess.notification;

import io.dealeraccess.DealerAccessProperties;
import io.dealeraccess.request.RequestHistory;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends one email per process step, at most once. The send is recorded in its own transaction, which commits right
 * after the SMTP server accepted the email, so a retry of the job (after a later failure rolled the job back) finds
 * the record and does not send again, and a second sender of the same email at the same moment (another node) waits
 * for that transaction and sends nothing.
 */
@Service
public class MailService {

  private static final Logger log = LoggerFactory.getLogger(MailService.class);

  private final JavaMailSender sender;
  private final MailTemplates templates;
  private final SentEmailRepository sentEmails;
  private final RequestHistory requests;
  private final TransactionTemplate ownTransaction;
  private final String from;
  private final Clock clock;

  MailService(JavaMailSender sender, MailTemplates templates, SentEmailRepository sentEmails,
      RequestHistory requests, PlatformTransactionManager transactionManager, DealerAccessProperties properties,
      Clock clock) {
    this.sender = sender;
    this.templates = templates;
    this.sentEmails = sentEmails;
    this.requests = requests;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.from = properties.mail().from();
    this.clock = clock;
  }

  /**
   * Sends {@code template} unless a mail with {@code dedupKey} was sent already; true when sent by this call. {@code requestId} ties it to a
   * request's history; null for mail about an account.
   */
  public boolean send(String dedupKey, Long requestId, String template, List<String> recipients,
      Map<String, Object> model) {
    if (sentEmails.existsByDedupKey(dedupKey)) {
      log.info("Mail {} ({}) was sent before; not sending again", template, dedupKey);
      return false;
    }
    if (recipients.isEmpty()) {
      throw new IllegalStateException("Mail " + template + " for request " + requestId + " has no recipient");
    }
    MailTemplates.RenderedMail mail = templates.render(template, model);
    String to = String.join(", ", recipients);
    try {
      // the record first, then the send, in one transaction: the record's unique key holds every other sender of
      // this email (another node's resend) until this one commits, and then tells it the email went out; a send
      // that fails rolls the record back, and the next try sends
      ownTransaction.executeWithoutResult(status -> {
        sentEmails.saveAndFlush(new SentEmail(dedupKey, requestId, template, to, mail.subject(), now()));
        sender.send(mime(dedupKey, recipients, mail));
        if (requestId != null) {
          requests.record(requestId, RequestHistory.SYSTEM, "EMAIL_SENT", template + " to " + to);
        }
      });
    } catch (DataIntegrityViolationException sentByAnother) {
      if (!sentEmails.existsByDedupKey(dedupKey)) {
        throw sentByAnother;
      }
      log.info("Mail {} ({}) was sent at the same moment by another sender; not sending again", template, dedupKey);
      return false;
    }
    return true;
  }

  /** Whether a mail with this key went out already. */
  public boolean wasSent(String dedupKey) {
    return sentEmails.existsByDedupKey(dedupKey);
  }

  public List<SentEmail> sentFor(Long requestId) {
    return sentEmails.findByRequestIdOrderBySentAtAsc(requestId);
  }

  /** The subject of each email sent for a request, by its template's name (the first one sent of each). */
  public java.util.Map<String, String> subjectsSentFor(Long requestId) {
    return sentFor(requestId).stream().collect(java.util.stream.Collectors.toMap(SentEmail::getTemplate,
        SentEmail::getSubject, (first, later) -> first));
  }

  /**
   * The message, with a Message-ID made from the step's key. The one case where a step's email can go out twice is a
   * node dying between the SMTP server's "accepted" and the record's commit (no SMTP send can be undone); the resend
   * carries the same Message-ID, so mail servers and clients that collapse duplicates show it once.
   *
   * <p>The message comes from the sender, which shares one MIME type map between messages (a message of our own
   * made {@link MimeMessageHelper} load the map from the classpath again for every email); the sender keeps a
   * Message-ID set before sending.
   */
  private MimeMessage mime(String dedupKey, List<String> recipients, MailTemplates.RenderedMail mail) {
    MimeMessage message = sender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(from);
      helper.setTo(recipients.toArray(String[]::new));
      helper.setSubject(mail.subject());
      helper.setText(mail.text(), mail.html());
      message.setHeader("Message-ID", "<" + messageIdOf(dedupKey) + "@" + from.substring(from.indexOf('@') + 1)
          + ">");
    } catch (MessagingException e) {
      throw new IllegalStateException("Cannot build the email " + mail.subject(), e);
    }
    return message;
  }

  static String messageIdOf(String dedupKey) {
    return "step." + shortHash(dedupKey);
  }

  /** 32 hex digits of the text's SHA-256: stable, short enough for a key or a Message-ID. */
  static String shortHash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Instant now() {
    return clock.instant();
  }
}
