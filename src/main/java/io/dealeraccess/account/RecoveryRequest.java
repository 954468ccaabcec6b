package io.dealeraccess.account;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * One forgot-password or forgot-user-ID request as typed, whether or not it matched an ID: the audit trail of the
 * recovery pages (account events record what happened to an ID that exists), and what their limits count.
 */
@Entity
class RecoveryRequest {

  enum Kind { PASSWORD, USER_ID }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Enumerated(EnumType.STRING)
  private Kind kind;
  private Instant occurredAt;
  private String userIdTyped;
  private String pdn;
  private String email;
  private Long dealerUserId;
  private String outcome;

  protected RecoveryRequest() {}

  RecoveryRequest(Kind kind, Instant occurredAt, String userIdTyped, String pdn, String email, Long dealerUserId,
      String outcome) {
    this.kind = kind;
    this.occurredAt = occurredAt;
    this.userIdTyped = userIdTyped;
    this.pdn = pdn;
    this.email = email;
    this.dealerUserId = dealerUserId;
    this.outcome = outcome;
  }

  String getOutcome() {
    return outcome;
  }
}
