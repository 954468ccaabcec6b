package io.dealeraccess.legacy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/** What the line rules check a line against: the product's data as it is now (the database, or a test's). */
interface Known {

  boolean isActiveDealership(String pdn);

  /** The codes of the portal's applications. */
  Set<String> applications();

  /** The codes of the applications the role (a {@code DealerRole} name) may hold. */
  Set<String> eligibleFor(String role);

  boolean isUserIdTaken(String userId);

  /** One user ID per person per PDN: the person (email) has one here already. */
  boolean hasUserIdAtDealership(String email, String pdn);

  Instant now();

  /** The zone in which a last use given as a date (no time) began. */
  ZoneId zone();
}
