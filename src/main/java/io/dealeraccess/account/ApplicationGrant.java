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
}
