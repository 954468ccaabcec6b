package io.dealeraccess.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A sent email: the audit of what went to whom, and the guard against sending twice when a job is retried. */
@Entity
class SentEmail {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String dedupKey;
  private Long requestId;
  private String template;
  private String recipients;
  private String subject;
  private Instant sentAt;

  protected SentEmail() {}

  SentEmail(String dedupKey, Long requestId, String template, String recipients, String subject, Instant sentAt) {
    this.dedupKey = dedupKey;
    this.requestId = requestId;
    this.template = template;
    this.recipients = recipients;
    this.subject = subject;
    this.sentAt = sentAt;
  }

  public Long getRequestId() {
    return requestId;
  }

  public String getTemplate() {
    return template;
  }

  public String getRecipients() {
    return recipients;
  }

  public String getSubject() {
    return subject;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
