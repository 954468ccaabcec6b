package io.dealeraccess.account;

import java.time.Instant;
import java.util.List;

/** A user ID of the old portal as the import states it, already checked against the product's rules. */
public record ImportedAccount(String userId, String pdn, String firstName, String lastName, String email,
    String businessPhone, String role, List<String> applications, Instant lastUsedAt) {}
