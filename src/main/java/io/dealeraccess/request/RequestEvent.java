package io.dealeraccess.request;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** The audit trail of a request: who did what, when. Never holds a secret. */
@Entity
public class RequestEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long requestId;
  private Instant occurredAt;
  private String actor;
  private String eventType;
  private String detail;

  protected RequestEvent() {}

  RequestEvent(Long requestId, Instant occurredAt, String actor, String eventType, String detail) {
    this.requestId = requestId;
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
