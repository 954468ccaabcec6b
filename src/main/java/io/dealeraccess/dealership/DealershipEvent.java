package io.dealeraccess.dealership;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One entry of a dealership's timeline: who changed what, when. */
@Entity
public class DealershipEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String pdn;
  private Instant occurredAt;
  private String actor;
  private String eventType;
  private String detail;

  protected DealershipEvent() {}

  DealershipEvent(String pdn, Instant occurredAt, String actor, String eventType, String detail) {
    this.pdn = pdn;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.eventType = eventType;
    this.detail = detail.length() > 1000 ? detail.substring(0, 997) + "..." : detail;
  }

  public String getPdn() {
    return pdn;
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
