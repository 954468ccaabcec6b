package io.dealeraccess.account;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One application a user ID may use. */
@Entity
class ApplicationGrant {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long dealerUserId;
  private String applicationCode;
  private Instant grantedAt;
  private Long requestId;
  private Instant lastUsedAt;

  protected ApplicationGrant() {}

  ApplicationGrant(Long dealerUserId, String applicationCode, Instant grantedAt, Long requestId) {
    this.dealerUserId = dealerUserId;
    this.applicationCode = applicationCode;
    this.grantedAt = grantedAt;
    this.requestId = requestId;
  }

  String getApplicationCode() {
    return applicationCode;
  }

  Instant getLastUsedAt() {
    return lastUsedAt;
  }

  /** A sign-in to the application (the lender's application itself, through our sign-in). */
  void recordUse(Instant at) {
    this.lastUsedAt = at;
  }
}
