package io.dealeraccess.account;

import java.time.Instant;
import java.util.List;

/** A user ID as its owner sees it on My account. */
public record AccountView(
    String userId,
    String pdn,
    String firstName,
    String lastName,
    String email,
    String businessPhone,
    String role,
    DealerUserStatus status,
    Instant lastLoginAt,
    List<String> applicationCodes) {}
