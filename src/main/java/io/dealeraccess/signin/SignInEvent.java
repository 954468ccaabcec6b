package io.dealeraccess.signin;

import io.dealeraccess.AuditEntry;
import jakarta.persistence.Entity;
import java.time.Instant;

/** The audit trail of the sign-in's configuration: a client changed, a new secret, the signing key rotated. */
@Entity
public class SignInEvent extends AuditEntry {

  private String clientId;

  protected SignInEvent() {}

  SignInEvent(String clientId, Instant occurredAt, String actor, String eventType, String detail) {
    super(occurredAt, actor, eventType, detail);
    this.clientId = clientId;
  }

  public String getClientId() {
    return clientId;
  }
}
