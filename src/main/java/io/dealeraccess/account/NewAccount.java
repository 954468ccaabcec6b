package io.dealeraccess.account;

import java.util.List;

/** What provisioning needs to open a user ID: already validated, secrets already hashed. */
public record NewAccount(
    String userId,
    String pdn,
    String firstName,
    String lastName,
    String email,
    String businessPhone,
    String role,
    String passwordHash,
    List<SecurityAnswer> securityAnswers,
    List<String> applications,
    Long requestId) {}
