package io.dealeraccess.account;

import io.dealeraccess.AuditEntry;
import jakarta.persistence.Entity;
import java.time.Instant;

/** The audit trail of a user ID: who changed what, when. Never holds a password, an answer or a token. */
@Entity
public class AccountEvent extends AuditEntry {

  private Long dealerUserId;

  protected AccountEvent() {}

  AccountEvent(Long dealerUserId, Instant occurredAt, String actor, String eventType, String detail) {
    super(occurredAt, actor, eventType, detail);
    this.dealerUserId = dealerUserId;
  }
}
