package io.dealeraccess.account;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** The audit trail of a user ID: who changed what, when. Never holds a password, an answer or a token. */
@Entity
public class AccountEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long dealerUserId;
  private Instant occurredAt;
  private String actor;
  private String eventType;
  private String detail;

  protected AccountEvent() {}

  AccountEvent(Long dealerUserId, Instant occurredAt, String actor, String eventType, String detail) {
    this.dealerUserId = dealerUserId;
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
