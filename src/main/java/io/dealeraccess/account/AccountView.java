package io.dealeraccess.account;

import java.time.Instant;
import java.util.List;

/** A user ID as its owner and the request processes see it. */
public record AccountView(
    String userId,
    String pdn,
    String firstName,
    String lastName,
    String email,
    String businessPhone,
    String role,
    DealerUserStatus status,
    boolean pendingDeactivation,
    Instant lastLoginAt,
    List<String> applicationCodes,
    String pendingEmail,
    String helpdeskQuestion) {

  public String fullName() {
    return firstName + " " + lastName;
  }
}
