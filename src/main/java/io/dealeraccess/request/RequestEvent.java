package io.dealeraccess.request;

import io.dealeraccess.AuditEntry;
import jakarta.persistence.Entity;
import java.time.Instant;

/** The audit trail of a request: who did what, when. Never holds a secret. */
@Entity
class RequestEvent extends AuditEntry {

  private Long requestId;

  protected RequestEvent() {}

  RequestEvent(Long requestId, Instant occurredAt, String actor, String eventType, String detail) {
    super(occurredAt, actor, eventType, detail);
    this.requestId = requestId;
  }
}
