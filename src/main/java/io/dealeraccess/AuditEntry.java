package io.dealeraccess;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** One line of an audit trail (a request's or an account's): who did what, when. Never holds a secret. */
@MappedSuperclass
public abstract class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Instant occurredAt;
  private String actor;
  private String eventType;
  private String detail;

  protected AuditEntry() {}

  protected AuditEntry(Instant occurredAt, String actor, String eventType, String detail) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.eventType = eventType;
    this.detail = detail;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getEventType() {
    return eventType;
  }

  public String getDetail() {
    return detail;
  }
}
